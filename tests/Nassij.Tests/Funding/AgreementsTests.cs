using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Demo;
using Nassij.Web.Features.Funding.Agreements;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Features.Funding.Calls;

namespace Nassij.Tests.Funding;

public sealed partial class AgreementsTests
{
    /// <summary>A call with published results and one selected application of a new verified association.</summary>
    public static async Task<(Call Call, int Application, Browser Officer, int AssociationId)> Selected(NassijFactory app, decimal granted = 80_000m)
    {
        var call = await Rounds.OpenCall(app, c => c.State = CallState.ResultsPublished);
        var (officer, associationId) = await Rounds.VerifiedApplicant(app);
        var id = await app.WithDb(async db =>
        {
            var application = new Application
            {
                CallId = call.Id,
                LotId = call.Lots[0].Id,
                AssociationId = associationId,
                State = ApplicationState.Selected,
                Title = "مشروع مختار",
                RequestedTotal = granted,
                GrantedAmount = granted,
                Beneficiaries = 100,
                SubmittedAt = TestClock.Now.AddDays(-20),
                Activities = [new() { Number = 1, Title = "ورشة", Place = "فاس", StartsOn = TestClock.Today.AddDays(30), EndsOn = TestClock.Today.AddDays(210) }],
            };
            db.Applications.Add(application);
            await db.SaveChangesAsync();
            application.Reference = $"AP-T-{application.Id}";
            await db.SaveChangesAsync();
            return application.Id;
        });
        return (call, id, officer, associationId);
    }

    public static async Task<int> Drawn(NassijFactory app, Call call, int application)
    {
        var manager = await Browser.SignedIn(app, $"calls@{DemoData.Domain}");
        var url = $"/staff/calls/{call.Id}/agreements";
        Assert.Equal(HttpStatusCode.Redirect, (await manager.Submit(url, [], postUrl: url + "?handler=Draw")).StatusCode);
        return await app.WithDb(db => db.Agreements.Where(a => a.ApplicationId == application).Select(a => a.Id).SingleAsync());
    }

    private static async Task<string> LastCode(NassijFactory app, string number)
    {
        var body = await app.WithDb(db => db.OutboxMessages.Where(m => m.Subject.Contains(number)).OrderByDescending(m => m.Id).Select(m => m.Body).FirstAsync());
        return CodePattern().Match(body).Value;
    }

    [GeneratedRegex("(?<![-0-9])[0-9]{6}(?![0-9])")]
    private static partial Regex CodePattern();

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_agreement_is_signed_countersigned_and_its_first_tranche_paid_once(string provider)
    {
        var app = Databases.App(provider);
        var (call, applicationId, officer, associationId) = await Selected(app, 80_000.01m);
        var id = await Drawn(app, call, applicationId);
        var agreement = await app.WithDb(db => db.Agreements.Include(a => a.Tranches).SingleAsync(a => a.Id == id));
        Assert.Equal(AgreementState.SentForSignature, agreement.State);
        Assert.Equal(80_000.01m, agreement.Tranches.Sum(t => t.Amount));
        Assert.Equal([40_000.00m, 40_000.01m], agreement.Tranches.OrderBy(t => t.Number).Select(t => t.Amount));

        var page = $"/agreements/{id}";
        Assert.Equal(HttpStatusCode.Redirect, (await officer.Submit(page, [], postUrl: page + "?handler=SendCode")).StatusCode);
        var code = await LastCode(app, agreement.Number);
        var wrong = code == "000000" ? "111111" : "000000";
        Assert.Equal(HttpStatusCode.OK, (await officer.Submit(page, new() { ["Code"] = wrong }, postUrl: page + "?handler=SignWithCode")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.Submit(page, new() { ["Code"] = code }, postUrl: page + "?handler=SignWithCode")).StatusCode);

        var manager = await Browser.SignedIn(app, $"calls@{DemoData.Domain}");
        Assert.Equal(HttpStatusCode.Redirect, (await manager.Submit(page, [], postUrl: page + "?handler=Countersign")).StatusCode);
        agreement = await app.WithDb(db => db.Agreements.Include(a => a.Tranches).SingleAsync(a => a.Id == id));
        Assert.Equal(AgreementState.Active, agreement.State);
        Assert.NotNull(agreement.SignedOn);
        var first = agreement.Tranches.Single(t => t.Number == 1);
        var second = agreement.Tranches.Single(t => t.Number == 2);
        Assert.Equal(TrancheState.Releasable, first.State);
        Assert.Equal(TrancheState.Planned, second.State);

        // No payment order before the bank account is verified.
        var finance = await Browser.SignedIn(app, $"finance@{DemoData.Domain}");
        var order = page + $"?handler=OrderPayment&trancheId={first.Id}";
        Assert.Equal(HttpStatusCode.OK, (await finance.Submit(page, [], postUrl: order)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await finance.Submit(page, [], postUrl: page + $"?handler=OrderPayment&trancheId={second.Id}")).StatusCode);

        var bank = $"/my/associations/{associationId}/bank";
        var badRib = await officer.Submit(bank, new() { ["Input.Rib"] = "011 780 0000123456789012 34", ["Input.BankName"] = "Banque Populaire", ["Input.Holder"] = "x" });
        var badHtml = await badRib.Content.ReadAsStringAsync();
        Assert.Contains("id=\"Input_Rib-error\"", badHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_Holder-error\"", badHtml, StringComparison.Ordinal);
        var names = await app.WithDb(db => db.Associations.Where(a => a.Id == associationId).Select(a => a.NameFr).SingleAsync());
        var rib = Rib.WithKey("0117800000123456789012");
        Assert.Equal(HttpStatusCode.Redirect, (await officer.Submit(bank, new() { ["Input.Rib"] = rib, ["Input.BankName"] = "Banque Populaire", ["Input.Holder"] = "Association " + names })).StatusCode);
        var bankId = await app.WithDb(db => db.BankAccounts.Where(b => b.AssociationId == associationId).Select(b => b.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await finance.Submit("/finance", [], postUrl: $"/finance?handler=Verify&bankAccountId={bankId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await finance.Submit(page, [], postUrl: order)).StatusCode);
        var pdf = await finance.Get($"/agreements/{id}/tranches/{first.Id}/order");
        Assert.Contains("OP-", await Pdfs.Text(await pdf.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);

        // Two finance officers record the same payment at the same moment: it is paid once.
        var finance2 = await Browser.SignedIn(app, $"finance@{DemoData.Domain}");
        var fields = new Dictionary<string, string> { ["PaidOn"] = TestClock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["BankReference"] = "VIR-2026-001" };
        var record = page + $"?handler=RecordPayment&trancheId={first.Id}";
        var results = await Task.WhenAll(finance.Submit(page, fields, postUrl: record), finance2.Submit(page, fields, postUrl: record));
        Assert.Single(results, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal(1, await app.WithDb(db => db.AuditEntries.CountAsync(e => e.Action == "tranche.paid" && e.EntityId == first.Id.ToString(CultureInfo.InvariantCulture))));
        Assert.Equal(TrancheState.Paid, await app.WithDb(db => db.Tranches.Where(t => t.Id == first.Id).Select(t => t.State).SingleAsync()));
        Assert.Equal(TrancheState.Planned, await app.WithDb(db => db.Tranches.Where(t => t.Id == second.Id).Select(t => t.State).SingleAsync()));

        var document = await officer.Get($"/agreements/{id}/document");
        var text = await Pdfs.Text(await document.Content.ReadAsByteArrayAsync());
        Assert.Contains(agreement.Number, text, StringComparison.Ordinal);
        Assert.Contains("Convention de partenariat", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Only_its_association_and_the_staff_concerned_see_an_agreement_and_only_finance_pays(string provider)
    {
        var app = Databases.App(provider);
        var (call, applicationId, _, _) = await Selected(app);
        var id = await Drawn(app, call, applicationId);
        var (stranger, _) = await Rounds.VerifiedApplicant(app);
        var evaluator = await Browser.SignedIn(app, $"evaluator@{DemoData.Domain}");
        foreach (var browser in new[] { stranger, evaluator })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await browser.Get($"/agreements/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.Get($"/agreements/{id}/document")).StatusCode);
        }

        Assert.DoesNotContain($"/agreements/{id}\"", await stranger.Html("/my/agreements"), StringComparison.Ordinal);
        var finance = await Browser.SignedIn(app, $"finance@{DemoData.Domain}");
        Assert.Equal(HttpStatusCode.OK, (await finance.Get($"/agreements/{id}")).StatusCode);
        var manager = await Browser.SignedIn(app, $"calls@{DemoData.Domain}");
        var tranche = await app.WithDb(db => db.Tranches.Where(t => t.AgreementId == id && t.Number == 1).Select(t => t.Id).SingleAsync());
        var forged = await manager.Submit($"/agreements/{id}", new() { ["PaidOn"] = TestClock.Day(-1), ["BankReference"] = "X" }, postUrl: $"/agreements/{id}?handler=RecordPayment&trancheId={tranche}");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        var desk = await manager.Get("/finance");
        Assert.True(desk.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden, desk.StatusCode.ToString());
    }

    [Fact]
    public void Tranches_always_add_up_to_the_agreement_amount()
    {
        foreach (var (amount, percent) in new[] { (100_000.01m, 50), (99_999.99m, 30), (1m, 50), (150_000m, 100), (33_333.33m, 33) })
        {
            var schedule = AgreementRules.Schedule(amount, percent);
            Assert.Equal(amount, schedule.Sum());
            Assert.Equal(percent >= 100 ? 1 : 2, schedule.Count);
        }
    }

    [Fact]
    public void The_second_tranche_waits_for_the_approved_report_and_nothing_is_released_before_activation()
    {
        var agreement = new Agreement { Number = "x", State = AgreementState.SignedByAssociation, Tranches = [new() { Number = 1 }, new() { Number = 2 }] };
        AgreementRules.Release(agreement, 0);
        Assert.All(agreement.Tranches, t => Assert.Equal(TrancheState.Planned, t.State));
        agreement.State = AgreementState.Active;
        AgreementRules.Release(agreement, 0);
        Assert.Equal([TrancheState.Releasable, TrancheState.Planned], agreement.Tranches.Select(t => t.State));
        AgreementRules.Release(agreement, 1);
        Assert.Equal([TrancheState.Releasable, TrancheState.Releasable], agreement.Tranches.Select(t => t.State));
    }

    [Theory]
    [InlineData("011780000012345678901247", false)]
    [InlineData("0117800000123456789012", false)]
    [InlineData("01178000001234567890124X", false)]
    public void A_rib_is_24_digits_whose_key_checks_the_rest(string rib, bool valid)
    {
        Assert.Equal(valid, Rib.IsValid(rib));
        var good = Rib.WithKey("0117800000123456789012");
        Assert.True(Rib.IsValid(good));
        Assert.True(Rib.IsValid(Rib.Display(good)));
        Assert.False(Rib.IsValid(good[..23] + (good[23] == '9' ? '0' : (char)(good[23] + 1))));
    }

    [Fact]
    public void A_signing_code_works_once_before_it_expires_and_not_after_five_failures()
    {
        var now = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
        var agreement = new Agreement { Id = 7, Number = "x", CodeHash = AgreementRules.HashCode(7, "123456"), CodeExpiresAt = now.AddMinutes(15) };
        Assert.True(AgreementRules.CodeMatches(agreement, "123456", now));
        Assert.False(AgreementRules.CodeMatches(agreement, "123457", now));
        Assert.False(AgreementRules.CodeMatches(agreement, "123456", now.AddMinutes(16)));
        agreement.CodeFailures = 5;
        Assert.False(AgreementRules.CodeMatches(agreement, "123456", now));
    }
}
