using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Associations;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Workspace.Books;
using Nassij.Web.Platform.Security;

namespace Nassij.Tests.Workspace;

public sealed class BooksTests
{
    private static readonly DateOnly Today = TestClock.Today;
    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Expense(string amount, string label, string category = "6125", DateOnly? date = null) => new()
    {
        ["Input.Amount"] = amount,
        ["Input.Date"] = Day(date ?? Today),
        ["Input.Label"] = label,
        ["Input.CategoryCode"] = category,
        ["Input.Source"] = "Own",
    };

    private static async Task<(int Cash, int Bank)> OpenAccounts(Browser treasurer, NassijFactory app, int id, string cash = "1000", string bank = "5000", DateOnly? openedOn = null)
    {
        foreach (var (name, kind, amount) in new[] { ("Caisse", "Cash", cash), ("Banque Populaire", "Bank", bank) })
        {
            var opened = await treasurer.Submit($"/workspace/{id}/books/accounts", new() { ["Input.Name"] = name, ["Input.Kind"] = kind, ["Input.Opening"] = amount, ["Input.OpenedOn"] = Day(openedOn ?? Today) });
            Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        }

        var ids = await app.WithDb(db => db.MoneyAccounts.Where(a => a.AssociationId == id).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync());
        return (ids[0], ids[1]);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_treasurer_keeps_balanced_numbered_entries_and_the_statement_adds_them_up(string provider)
    {
        var app = Databases.App(provider);
        var (treasurer, id, _) = await Registration.NewAssociation(app);
        var (cash, bank) = await OpenAccounts(treasurer, app, id);

        var income = Expense("2 500,50", "Don de la fondation", "7182");
        income["Input.AccountId"] = bank.ToString(CultureInfo.InvariantCulture);
        income["Input.Source"] = "Donation";
        Assert.Equal(HttpStatusCode.Redirect, (await treasurer.Submit($"/workspace/{id}/books/new?kind=Income", income, postUrl: $"/workspace/{id}/books/new?kind=Income")).StatusCode);
        var expense = Expense("300", "Papeterie");
        expense["Input.AccountId"] = cash.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await treasurer.Submit($"/workspace/{id}/books/new?kind=Expense", expense, postUrl: $"/workspace/{id}/books/new?kind=Expense")).StatusCode);
        var transfer = new Dictionary<string, string> { ["Input.Amount"] = "500", ["Input.Date"] = Day(Today), ["Input.Label"] = "Retrait", ["Input.AccountId"] = bank.ToString(CultureInfo.InvariantCulture), ["Input.ToAccountId"] = cash.ToString(CultureInfo.InvariantCulture) };
        Assert.Equal(HttpStatusCode.Redirect, (await treasurer.Submit($"/workspace/{id}/books/new?kind=Transfer", transfer, postUrl: $"/workspace/{id}/books/new?kind=Transfer")).StatusCode);

        var entries = await app.WithDb(db => db.BookEntries.Include(e => e.Lines).Where(e => e.AssociationId == id).OrderBy(e => e.Number).ToListAsync());
        Assert.Equal([1, 2, 3, 4, 5], entries.Select(e => e.Number));
        Assert.All(entries, e => Assert.True(BookRules.IsBalanced(e.Lines)));
        Assert.Equal(2500.50m, entries.Single(e => e.Label == "Don de la fondation").Amount);

        var statement = await app.WithDb(db => AnnualStatement.Of(db, id, Today.Year, CancellationToken.None));
        Assert.Equal((2500.50m, 300m), (statement.TotalIncome, statement.TotalExpenses));
        Assert.Equal([1000m - 300m + 500m, 5000m + 2500.50m - 500m], statement.Accounts.Select(a => a.Closing));
        Assert.Equal(5, await app.WithDb(db => db.AuditEntries.CountAsync(e => e.Action == "books.entry.recorded" && e.After!.Contains($"\"associationId\":{id},"))));

        var page = await treasurer.Html($"/workspace/{id}/books");
        Assert.Contains("Papeterie", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"entry\"", page, StringComparison.Ordinal);
        var found = await treasurer.Html($"/workspace/{id}/books?q=papeterie");
        Assert.DoesNotContain("Don de la fondation", found, StringComparison.Ordinal);
        Assert.Contains("Papeterie", found, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Bad_input_is_refused_next_to_its_field_and_what_was_typed_stays(string provider)
    {
        var app = Databases.App(provider);
        var (treasurer, id, _) = await Registration.NewAssociation(app);
        await OpenAccounts(treasurer, app, id);
        var form = Expense("1 200", "Formation des bénévoles", "7182", Today.AddDays(3));
        form["Input.Source"] = "PublicGrant";
        var refused = await treasurer.Submit($"/workspace/{id}/books/new?kind=Expense", form, postUrl: $"/workspace/{id}/books/new?kind=Expense");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        foreach (var field in new[] { "Input_Date-error", "Input_CategoryCode-error" })
        {
            Assert.Contains(field, html, StringComparison.Ordinal);
        }

        Assert.Contains("Formation des b", html, StringComparison.Ordinal);
        Assert.Contains("1 200", html, StringComparison.Ordinal);

        form["Input.Date"] = Day(Today);
        form["Input.CategoryCode"] = "6143";
        var noAgreement = await (await treasurer.Submit($"/workspace/{id}/books/new?kind=Expense", form, postUrl: $"/workspace/{id}/books/new?kind=Expense")).Content.ReadAsStringAsync();
        Assert.Contains("Input_AgreementNumber-error", noAgreement, StringComparison.Ordinal);
        Assert.Contains("Input_Funder-error", noAgreement, StringComparison.Ordinal);
        Assert.False(await app.WithDb(db => db.BookEntries.AnyAsync(e => e.AssociationId == id && e.Kind == EntryKind.Expense)));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Public_funds_carry_their_agreement_their_proof_is_kept_and_the_Court_of_Accounts_gets_its_account(string provider)
    {
        var app = Databases.App(provider);
        var (treasurer, id, _) = await Registration.NewAssociation(app);
        var (_, bank) = await OpenAccounts(treasurer, app, id);
        var grant = Expense("50000", "Première tranche", "7161");
        grant["Input.AccountId"] = bank.ToString(CultureInfo.InvariantCulture);
        grant["Input.Source"] = "PublicGrant";
        grant["Input.AgreementNumber"] = "CV-2026-0042";
        grant["Input.AgreementDate"] = Day(Today.AddDays(-10));
        grant["Input.Funder"] = "Ministère chargé des relations avec le Parlement";
        Assert.Equal(HttpStatusCode.Redirect, (await treasurer.Submit($"/workspace/{id}/books/new?kind=Income", grant, postUrl: $"/workspace/{id}/books/new?kind=Income")).StatusCode);
        var spend = Expense("12000", "Animateurs de l'atelier", "6136");
        spend["Input.AccountId"] = bank.ToString(CultureInfo.InvariantCulture);
        spend["Input.Source"] = "PublicGrant";
        spend["Input.AgreementNumber"] = "CV-2026-0042";
        spend["Input.AgreementDate"] = Day(Today.AddDays(-10));
        spend["Input.Funder"] = "Ministère chargé des relations avec le Parlement";
        var recorded = await treasurer.Submit($"/workspace/{id}/books/new?kind=Expense", spend, postUrl: $"/workspace/{id}/books/new?kind=Expense",
            files: new() { ["Receipt"] = (Samples.Pdf, "facture.pdf") });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);

        var entry = await app.WithDb(db => db.BookEntries.SingleAsync(e => e.AssociationId == id && e.Kind == EntryKind.Expense));
        Assert.Equal(("CV-2026-0042", Today.AddDays(-10)), (entry.AgreementNumber, entry.AgreementDate!.Value));
        Assert.NotNull(entry.ReceiptFileId);
        var entryPage = $"/workspace/{id}/books/entries/{entry.Id}";
        Assert.Contains($"/files/{entry.ReceiptFileId}", await treasurer.Html(entryPage), StringComparison.Ordinal);
        var detach = await treasurer.Submit(entryPage, [], postUrl: entryPage + "?handler=Detach");
        Assert.Equal(HttpStatusCode.OK, detach.StatusCode);
        Assert.Contains("field-validation-error", await detach.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(await app.WithDb(db => db.BookEntries.Where(e => e.Id == entry.Id).Select(e => e.ReceiptFileId).SingleAsync()));

        var statement = await app.WithDb(db => AnnualStatement.Of(db, id, Today.Year, CancellationToken.None));
        var use = Assert.Single(statement.PublicFunds);
        Assert.Equal(("CV-2026-0042", 50000m, 12000m, 38000m), (use.AgreementNumber, use.Received, use.Spent, use.Remaining));
        var court = await treasurer.Get($"/workspace/{id}/books/statement?handler=Court&year={Today.Year}");
        Assert.Equal(HttpStatusCode.OK, court.StatusCode);
        if (court.Content.Headers.ContentType?.MediaType == "application/pdf")
        {
            var text = await Pdfs.Text(await court.Content.ReadAsByteArrayAsync());
            Assert.Contains("CV-2026-0042", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_closed_year_takes_no_more_entries_and_a_mistake_in_it_is_reversed_in_the_open_year(string provider)
    {
        var app = Databases.App(provider);
        var (treasurer, id, _) = await Registration.NewAssociation(app);
        var lastYear = new DateOnly(Today.Year - 1, 12, 15);
        var (cash, _) = await OpenAccounts(treasurer, app, id, openedOn: lastYear.AddDays(-30));
        var old = Expense("80", "Timbres", "6145", lastYear);
        old["Input.AccountId"] = cash.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await treasurer.Submit($"/workspace/{id}/books/new?kind=Expense", old, postUrl: $"/workspace/{id}/books/new?kind=Expense")).StatusCode);

        var statementPage = $"/workspace/{id}/books/statement?year={Today.Year}";
        Assert.Equal(HttpStatusCode.OK, (await treasurer.Submit(statementPage, [], postUrl: $"/workspace/{id}/books/statement?handler=Close&year={Today.Year}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await treasurer.Submit(statementPage, [], postUrl: $"/workspace/{id}/books/statement?handler=Close&year={Today.Year - 1}")).StatusCode);
        Assert.True(await app.WithDb(db => db.BookYears.AnyAsync(y => y.AssociationId == id && y.Year == Today.Year - 1 && y.ClosedAt != null)));

        var late = await treasurer.Submit($"/workspace/{id}/books/new?kind=Expense", old, postUrl: $"/workspace/{id}/books/new?kind=Expense");
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("Input_Date-error", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var entry = await app.WithDb(db => db.BookEntries.SingleAsync(e => e.AssociationId == id && e.Label == "Timbres"));
        var entryPage = $"/workspace/{id}/books/entries/{entry.Id}";
        Assert.Equal(HttpStatusCode.OK, (await treasurer.Submit(entryPage, new() { ["reason"] = "" }, postUrl: entryPage + "?handler=Reverse")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await treasurer.Submit(entryPage, new() { ["reason"] = "Montant erroné" }, postUrl: entryPage + "?handler=Reverse")).StatusCode);
        var reversal = await app.WithDb(db => db.BookEntries.Include(e => e.Lines).SingleAsync(e => e.ReversesEntryId == entry.Id));
        Assert.Equal((Today.Year, Today, "Montant erroné"), (reversal.Year, reversal.Date, reversal.ReversalReason));
        Assert.True(BookRules.IsBalanced(reversal.Lines));
        var previous = await app.WithDb(db => AnnualStatement.Of(db, id, Today.Year - 1, CancellationToken.None));
        Assert.Equal(80m, previous.TotalExpenses);
        var current = await app.WithDb(db => AnnualStatement.Of(db, id, Today.Year, CancellationToken.None));
        Assert.Equal(-80m, current.TotalExpenses);
        Assert.Equal(1000m, current.Accounts[0].Closing);
        Assert.Equal(HttpStatusCode.NotFound, (await treasurer.Submit(entryPage, new() { ["reason"] = "Encore" }, postUrl: entryPage + "?handler=Reverse")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Foreign_funding_is_on_the_dashboard_until_its_declaration_to_the_SGG_is_recorded(string provider)
    {
        var app = Databases.App(provider);
        var (treasurer, id, _) = await Registration.NewAssociation(app);
        var (_, bank) = await OpenAccounts(treasurer, app, id);
        var gift = Expense("30000", "Soutien de la fondation", "7162");
        gift["Input.AccountId"] = bank.ToString(CultureInfo.InvariantCulture);
        gift["Input.Source"] = "ForeignFunding";
        gift["Input.Funder"] = "Stiftung Beispiel";
        Assert.Equal(HttpStatusCode.Redirect, (await treasurer.Submit($"/workspace/{id}/books/new?kind=Income", gift, postUrl: $"/workspace/{id}/books/new?kind=Income")).StatusCode);
        var entryId = await app.WithDb(db => db.BookEntries.Where(e => e.AssociationId == id && e.Source == FundSource.ForeignFunding).Select(e => e.Id).SingleAsync());
        var entryPage = $"/workspace/{id}/books/entries/{entryId}";
        Assert.Contains(entryPage, await treasurer.Html($"/workspace/{id}"), StringComparison.Ordinal);

        var missing = await treasurer.Submit(entryPage, new() { ["declaredOn"] = Day(Today.AddDays(1)), ["reference"] = "" }, postUrl: entryPage + "?handler=Declare");
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(await missing.Content.ReadAsStringAsync(), "field-validation-error d-block"));
        Assert.Equal(HttpStatusCode.Redirect, (await treasurer.Submit(entryPage, new() { ["declaredOn"] = Day(Today), ["reference"] = "SGG/2026/117" }, postUrl: entryPage + "?handler=Declare")).StatusCode);
        Assert.DoesNotContain(entryPage, await treasurer.Html($"/workspace/{id}"), StringComparison.Ordinal);
        Assert.Contains("SGG/2026/117", await treasurer.Html(entryPage), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_budget_sits_beside_the_actual_per_category_and_project(string provider)
    {
        var app = Databases.App(provider);
        var (treasurer, id, _) = await Registration.NewAssociation(app);
        await OpenAccounts(treasurer, app, id);
        var budgetPage = $"/workspace/{id}/books/budget?year={Today.Year}";
        Assert.Equal(HttpStatusCode.Redirect, (await treasurer.Submit(budgetPage, new() { ["name"] = "Atelier jeunes" }, postUrl: $"/workspace/{id}/books/budget?handler=Project&year={Today.Year}")).StatusCode);
        var project = await app.WithDb(db => db.BookProjects.Where(p => p.AssociationId == id).Select(p => p.Id).SingleAsync());
        var spend = Expense("450", "Goûter", "6143");
        spend["Input.ProjectId"] = project.ToString(CultureInfo.InvariantCulture);
        await treasurer.Submit($"/workspace/{id}/books/new?kind=Expense", spend, postUrl: $"/workspace/{id}/books/new?kind=Expense");

        var projectPage = $"/workspace/{id}/books/budget?year={Today.Year}&project={project}";
        var bad = await treasurer.Submit(projectPage, new() { ["budget-6143"] = "mille", ["budget-6125"] = "300" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("budget-6143-error", html, StringComparison.Ordinal);
        Assert.Contains("value=\"mille\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await treasurer.Submit(projectPage, new() { ["budget-6143"] = "1 000", ["budget-6125"] = "300" })).StatusCode);
        var lines = await app.WithDb(db => db.BudgetLines.Where(b => b.AssociationId == id && b.ProjectId == project).OrderBy(b => b.CategoryCode).Select(b => new { b.CategoryCode, b.Amount }).ToListAsync());
        Assert.Equal([("6125", 300m), ("6143", 1000m)], lines.Select(l => (l.CategoryCode, l.Amount)));
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.Action == "books.budget.set" && e.EntityId!.StartsWith($"{id}/"))));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Dues_flow_into_the_books_and_a_cancelled_receipt_is_reversed_there(string provider)
    {
        var app = Databases.App(provider);
        var (treasurer, id, _) = await Registration.NewAssociation(app);
        var member = new Dictionary<string, string>
        {
            ["Input.NameLatin"] = "Salma Idrissi",
            ["Input.Category"] = "Active",
            ["Input.Status"] = "Active",
            ["Input.JoinedOn"] = Day(Today),
            ["Input.Consent"] = "true",
            ["Input.ConsentPurpose"] = "Adhésions",
            ["Version"] = "0",
        };
        await treasurer.Submit($"/workspace/{id}/members/new", member);
        var memberId = await app.WithDb(db => db.Members.Where(m => m.AssociationId == id).Select(m => m.Id).SingleAsync());
        var page = $"/workspace/{id}/dues/members/{memberId}";
        Assert.Equal(HttpStatusCode.Redirect, (await treasurer.Submit(page, new() { ["Input.Amount"] = "150", ["Input.PaidOn"] = Day(Today), ["Input.Method"] = "Cash" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await treasurer.Submit(page, new() { ["Input.Amount"] = "50", ["Input.PaidOn"] = Day(Today), ["Input.Method"] = "Transfer", ["Input.Reference"] = "VIR 12" })).StatusCode);

        var statement = await app.WithDb(db => AnnualStatement.Of(db, id, Today.Year, CancellationToken.None));
        Assert.Equal(200m, Assert.Single(statement.Income, c => c.Category.Code == BookCategories.Dues).Amount);
        Assert.Equal([(MoneyAccountKind.Cash, 150m), (MoneyAccountKind.Bank, 50m)], statement.Accounts.Select(a => (a.Kind, a.Closing)));
        Assert.Equal(200m, Assert.Single(statement.Sources).Income);

        var paymentId = await app.WithDb(db => db.DuesPayments.Where(p => p.MemberId == memberId && p.Amount == 50m).Select(p => p.Id).SingleAsync());
        await treasurer.Submit(page, new() { ["paymentId"] = paymentId.ToString(CultureInfo.InvariantCulture), ["reason"] = "Virement rejeté" }, postUrl: page + "?handler=Cancel");
        statement = await app.WithDb(db => AnnualStatement.Of(db, id, Today.Year, CancellationToken.None));
        Assert.Equal(150m, statement.TotalIncome);
        var entry = await app.WithDb(db => db.BookEntries.SingleAsync(e => e.DuesPaymentId == paymentId));
        Assert.NotNull(entry.ReversedByEntryId);
        var entryPage = $"/workspace/{id}/books/entries/{entry.Id}";
        Assert.Equal(HttpStatusCode.NotFound, (await treasurer.Submit(entryPage, new() { ["reason"] = "x" }, postUrl: entryPage + "?handler=Reverse")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_annual_statement_downloads_as_PDF_and_Excel(string provider)
    {
        var app = Databases.App(provider);
        var (treasurer, id, _) = await Registration.NewAssociation(app);
        var (cash, _) = await OpenAccounts(treasurer, app, id);
        var spend = Expense("742,25", "Location de salle", "6131");
        spend["Input.AccountId"] = cash.ToString(CultureInfo.InvariantCulture);
        await treasurer.Submit($"/workspace/{id}/books/new?kind=Expense", spend, postUrl: $"/workspace/{id}/books/new?kind=Expense");
        var excel = await treasurer.Get($"/workspace/{id}/books/statement?handler=Excel&year={Today.Year}");
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        await using (var stream = await excel.Content.ReadAsStreamAsync())
        {
            var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
            Assert.Contains(rows, r => r.Values.Any(v => v?.ToString() == "6131") && r.Values.Any(v => v is double or decimal && Convert.ToDecimal(v, CultureInfo.InvariantCulture) == 742.25m));
        }

        var pdf = await treasurer.Get($"/workspace/{id}/books/statement?handler=Pdf&year={Today.Year}");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        if (pdf.Content.Headers.ContentType?.MediaType == "application/pdf")
        {
            Assert.Contains("6131", await Pdfs.Text(await pdf.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_secretary_reads_the_books_only_the_treasurer_writes_and_other_associations_see_nothing(string provider)
    {
        var app = Databases.App(provider);
        var (treasurer, id, _) = await Registration.NewAssociation(app);
        var (cash, _) = await OpenAccounts(treasurer, app, id);
        var spend = Expense("90", "Clés du local", "6125");
        spend["Input.AccountId"] = cash.ToString(CultureInfo.InvariantCulture);
        await treasurer.Submit($"/workspace/{id}/books/new?kind=Expense", spend, postUrl: $"/workspace/{id}/books/new?kind=Expense");
        var entryId = await app.WithDb(db => db.BookEntries.Where(e => e.AssociationId == id && e.Label == "Clés du local").Select(e => e.Id).SingleAsync());
        var entryPage = $"/workspace/{id}/books/entries/{entryId}";

        var email = await Accounts.People.NewConfirmedPerson(app);
        await app.WithDb(async db =>
        {
            var personId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            db.RoleGrants.Add(new RoleGrant { PersonId = personId, AssociationId = id, Role = Role.Secretary });
            return await db.SaveChangesAsync();
        });
        var secretary = await Browser.SignedIn(app, email);
        Assert.Contains("Clés du local", await secretary.Html($"/workspace/{id}/books"), StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Reverse", await secretary.Html(entryPage), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await secretary.Get($"/workspace/{id}/books/new?kind=Expense")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await secretary.Submit(entryPage, new() { ["reason"] = "x" }, postUrl: entryPage + "?handler=Reverse")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await secretary.Submit($"/workspace/{id}/books/accounts", new() { ["Input.Name"] = "Autre", ["Input.Kind"] = "Cash" })).StatusCode);

        var (outsider, otherId, _) = await Registration.NewAssociation(app);
        foreach (var url in new[] { $"/workspace/{id}/books", entryPage, $"/workspace/{id}/books/accounts", $"/workspace/{id}/books/budget", $"/workspace/{id}/books/statement", $"/workspace/{id}/books/statement?handler=Pdf", $"/workspace/{id}/books/statement?handler=Excel", $"/workspace/{id}/books/new?kind=Income", $"/workspace/{otherId}/books/entries/{entryId}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.Get(url)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Submit($"/workspace/{otherId}/books", [], postUrl: $"/workspace/{otherId}/books/entries/{entryId}?handler=Reverse")).StatusCode);
        Assert.Null(await app.WithDb(db => db.BookEntries.Where(e => e.Id == entryId).Select(e => e.ReversedByEntryId).SingleAsync()));
    }
}
