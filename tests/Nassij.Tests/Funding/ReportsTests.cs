using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Demo;
using Nassij.Web.Features.Funding.Agreements;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Features.Funding.Reports;

namespace Nassij.Tests.Funding;

public sealed class ReportsTests
{
    internal static async Task<(int Agreement, Browser Officer, int Indicator)> Active(NassijFactory app)
    {
        var (call, applicationId, officer, _) = await AgreementsTests.Selected(app);
        var indicator = await app.WithDb(async db =>
        {
            var application = await db.Applications.Include(a => a.Indicators).Include(a => a.Budget).SingleAsync(a => a.Id == applicationId);
            application.Indicators.Add(new Indicator { Number = 1, Label = "شباب مكونون", Target = 100 });
            application.Budget.Add(new BudgetLine { Number = 1, Description = "تكوين", Quantity = 1, UnitCost = 80_000, Requested = 80_000 });
            await db.SaveChangesAsync();
            return application.Indicators[0].Id;
        });
        var id = await AgreementsTests.Drawn(app, call, applicationId);
        await app.WithDb(async db =>
        {
            var agreement = await db.Agreements.Include(a => a.Tranches).SingleAsync(a => a.Id == id);
            agreement.State = AgreementState.Active;
            agreement.SignedOn = TestClock.Today.AddDays(-30);
            agreement.Tranches[0].State = TrancheState.Paid;
            return await db.SaveChangesAsync();
        });
        return (id, officer, indicator);
    }

    internal static Dictionary<string, string> Narrative(int indicator, string version = "0") => new()
    {
        ["Version"] = version,
        ["Input.ActivitiesDone"] = "نظمنا ثلاث ورشات لفائدة الشباب.",
        ["Input.BeneficiariesReached"] = "60",
        ["Input.Expenses[0].BudgetLineNumber"] = "1",
        ["Input.Expenses[0].Description"] = "أتعاب المكون",
        ["Input.Expenses[0].Amount"] = "12.000,00",
        ["Input.Expenses[0].SpentOn"] = TestClock.Day(-20),
        ["Input.Expenses[0].Payee"] = "Cabinet Formation SARL",
        ["Input.Indicators[0].IndicatorId"] = indicator.ToString(CultureInfo.InvariantCulture),
        ["Input.Indicators[0].Value"] = "60",
    };

    private static Task<int> VersionOf(NassijFactory app, int agreement, int tranche) =>
        app.WithDb(db => db.Reports.Where(r => r.AgreementId == agreement && r.TrancheNumber == tranche).Select(r => r.Version).SingleAsync());

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_approved_first_report_releases_the_second_tranche_and_the_final_report_completes_the_agreement(string provider)
    {
        var app = Databases.App(provider);
        var (id, officer, indicator) = await Active(app);
        var page = $"/agreements/{id}/reports/1";
        Assert.Equal(HttpStatusCode.NotFound, (await officer.Get($"/agreements/{id}/reports/2")).StatusCode);

        // Without the receipt the report cannot be submitted; what was typed is kept.
        var incomplete = await officer.Submit(page, Narrative(indicator), postUrl: page + "?handler=Submit");
        Assert.Equal(HttpStatusCode.OK, incomplete.StatusCode);
        Assert.Contains("المصروف 1", await incomplete.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ReportState.Draft, await app.WithDb(db => db.Reports.Where(r => r.AgreementId == id).Select(r => r.State).SingleAsync()));

        var version = (await VersionOf(app, id, 1)).ToString(CultureInfo.InvariantCulture);
        var fields = Narrative(indicator, version);
        var expenseId = await app.WithDb(db => db.Reports.Where(r => r.AgreementId == id).SelectMany(r => r.Expenses).Select(e => e.Id).SingleAsync());
        fields["Input.Expenses[0].Id"] = expenseId.ToString(CultureInfo.InvariantCulture);
        var submitted = await officer.Submit(page, fields, postUrl: page + "?handler=Submit", files: new() { ["Proof_0"] = (Samples.Pdf, "facture.pdf") });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        var manager = await Browser.SignedIn(app, $"calls@{DemoData.Domain}");
        var empty = await manager.Submit(page, [], postUrl: page + "?handler=RequestChanges");
        Assert.Contains("id=\"ReviewNote-error\"", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.Submit(page, new() { ["LineNotes[0]"] = "La facture n'est pas lisible" }, postUrl: page + "?handler=RequestChanges")).StatusCode);
        Assert.Contains("La facture n&#x27;est pas lisible", await officer.Html(page), StringComparison.Ordinal);

        fields["Version"] = (await VersionOf(app, id, 1)).ToString(CultureInfo.InvariantCulture);
        var file = await app.WithDb(db => db.Reports.Where(r => r.AgreementId == id).SelectMany(r => r.Expenses).Select(e => new { e.FileId, e.FileName }).SingleAsync());
        fields["Input.Expenses[0].FileId"] = file.FileId!.Value.ToString();
        fields["Input.Expenses[0].FileName"] = file.FileName!;
        Assert.Equal(HttpStatusCode.Redirect, (await officer.Submit(page, fields, postUrl: page + "?handler=Submit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.Submit(page, [], postUrl: page + "?handler=Approve")).StatusCode);
        var tranches = await app.WithDb(db => db.Tranches.Where(t => t.AgreementId == id).OrderBy(t => t.Number).Select(t => t.State).ToListAsync());
        Assert.Equal([TrancheState.Paid, TrancheState.Releasable], tranches);

        var final = $"/agreements/{id}/reports/2";
        var finalFields = Narrative(indicator);
        finalFields["Input.Expenses[0].FileId"] = file.FileId!.Value.ToString();
        finalFields["Input.Expenses[0].FileName"] = file.FileName!;
        Assert.Equal(HttpStatusCode.Redirect, (await officer.Submit(final, finalFields, postUrl: final + "?handler=Submit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.Submit(final, [], postUrl: final + "?handler=Approve")).StatusCode);
        Assert.Equal(AgreementState.Completed, await app.WithDb(db => db.Agreements.Where(a => a.Id == id).Select(a => a.State).SingleAsync()));
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.Action == "report.approved")));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Another_association_cannot_read_or_write_a_report_nor_slip_in_its_files(string provider)
    {
        var app = Databases.App(provider);
        var (id, officer, indicator) = await Active(app);
        var page = $"/agreements/{id}/reports/1";
        var (stranger, strangerId) = await Rounds.VerifiedApplicant(app);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Get(page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Submit("/my/agreements", Narrative(indicator), postUrl: page)).StatusCode);

        // A file of another association, referenced by its id in the hidden field, is refused.
        var foreign = await app.WithDb(db => db.StoredFiles.Where(f => f.AssociationId == strangerId).Select(f => f.Id).FirstAsync());
        var fields = Narrative(indicator);
        fields["Input.Expenses[0].FileId"] = foreign.ToString();
        fields["Input.Expenses[0].FileName"] = "x.pdf";
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.Submit(page, fields)).StatusCode);
    }

    [Fact]
    public void A_report_needs_its_narrative_every_proof_and_every_indicator()
    {
        var application = new Application { Indicators = [new() { Id = 4, Number = 1, Label = "x", Target = 10 }] };
        var report = new Report { ActivitiesDone = "fait", BeneficiariesReached = 5, Expenses = [new() { Number = 1, Description = "d", Amount = 10, SpentOn = new DateOnly(2026, 1, 1), Payee = "p" }] };
        Assert.Equal(
            ["Expense {0}: its description, amount, date, payee and supporting document.", "The value reached for: {0}"],
            ReportRules.Missing(report, application).Select(r => r.Key));
        report.Expenses[0].FileId = Guid.NewGuid();
        report.Indicators.Add(new IndicatorValue { IndicatorId = 4, Value = 3 });
        Assert.Empty(ReportRules.Missing(report, application));
    }
}
