using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Demo;
using Nassij.Web.Platform.Localization;

namespace Nassij.BrowserTests.Journeys;

/// <summary>A small round, end to end, by the people who run it: publish, apply, submit, screen, score, select,
/// sign, pay tranche 1, report, approve, pay tranche 2.</summary>
public sealed partial class FundingJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> As(string who, string language)
    {
        var page = await fixture.NewPage(language);
        await Steps.SignIn(page, $"{who}@{DemoData.Domain}", DemoData.Password);
        return page;
    }

    private static Task Click(IPage page, string selector) => page.Locator(selector).First.ClickAsync();

    [Theory]
    [InlineData("ar", "president1")]
    [InlineData("fr", "president2")]
    public async Task A_small_round_runs_end_to_end(string language, string president)
    {
        var step = 30;
        string Shot(string name) => $"{step++}-funding-{name}-{language}";
        var now = Formats.LocalInMorocco(TestClock.Now);
        var title = $"Appel {language} {Guid.NewGuid():N}"[..20];

        // The call manager writes and publishes the call.
        var manager = await As("calls", language);
        await Steps.Visit(manager, "/staff/calls/new/edit", Shot("call-new"));
        await manager.FillAsync("#Input_TitleAr", "طلب عروض تجريبي " + title);
        await manager.FillAsync("#Input_TitleFr", title);
        await manager.FillAsync("#Input_TextAr", "دعم مشاريع الجمعيات في مجال المشاركة المواطنة.");
        await manager.FillAsync("#Input_TextFr", "Soutien aux projets associatifs de participation citoyenne.");
        await manager.FillAsync("#Input_OpensAt", now.AddHours(-1).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await manager.FillAsync("#Input_ClosesAt", now.AddDays(10).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await manager.FillAsync("#Input_Lots_0__ThemeAr", "الديمقراطية التشاركية");
        await manager.FillAsync("#Input_Lots_0__ThemeFr", "Démocratie participative");
        await manager.FillAsync("#Input_Lots_0__Envelope", "500000");
        await manager.FillAsync("#Input_Lots_0__MinimumGrant", "20000");
        await manager.FillAsync("#Input_Lots_0__MaximumGrant", "100000");
        await manager.FillAsync("#Input_Lots_0__IndicativeProjects", "5");
        await manager.FillAsync("#Input_Criteria_0__LabelAr", "الملاءمة");
        await manager.FillAsync("#Input_Criteria_0__LabelFr", "Pertinence");
        await manager.FillAsync("#Input_Criteria_0__MaxPoints", "60");
        await manager.FillAsync("#Input_Criteria_1__LabelAr", "الجدوى");
        await manager.FillAsync("#Input_Criteria_1__LabelFr", "Faisabilité");
        await manager.FillAsync("#Input_Criteria_1__MaxPoints", "40");
        await manager.FillAsync("#Input_Declarations_0__Ar", "نشهد بصحة المعلومات.");
        await manager.FillAsync("#Input_Declarations_0__Fr", "Nous certifions l'exactitude des informations.");
        foreach (var box in await manager.Locator("input[name='Input.Evaluators']").AllAsync())
        {
            var label = await manager.Locator($"label[for='{await box.GetAttributeAsync("id")}']").InnerTextAsync();
            if (label.Contains("evaluator@", StringComparison.Ordinal) || label.Contains("evaluator2@", StringComparison.Ordinal))
            {
                await box.CheckAsync();
            }
        }

        await Click(manager, "main form button[type=submit]");
        await Assertions.Expect(manager.Locator("form[action*='handler=Publish'] button")).ToBeVisibleAsync();
        var callId = int.Parse(CallUrl().Match(manager.Url).Groups[1].Value, CultureInfo.InvariantCulture);
        await Steps.Look(manager, Shot("call-ready"));
        await Click(manager, "form[action*='handler=Publish'] button");

        // An officer applies, sees what is missing, completes and submits.
        var officer = await As(president, language);
        await Steps.Visit(officer, $"/calls/{callId}", Shot("call-public"));
        await Click(officer, $"a[href='/calls/{callId}/apply']");
        await officer.Locator("input[name=LotId]").First.CheckAsync();
        await Steps.Look(officer, Shot("apply"));
        await Click(officer, "main form button[type=submit]");
        await officer.FillAsync("#Input_Title", language == "ar" ? "مدرسة العرائض المحلية" : "École des pétitions locales");
        await officer.FillAsync("#Input_Summary", language == "ar" ? "ورشات للتعريف بآليات العرائض لفائدة الشباب." : "Ateliers pour faire connaître les pétitions aux jeunes.");
        await officer.FillAsync("#Input_Objectives", language == "ar" ? "تكوين 100 شاب." : "Former 100 jeunes.");
        await officer.FillAsync("#Input_TargetGroup", language == "ar" ? "شباب الأحياء" : "Jeunes des quartiers");
        await officer.FillAsync("#Input_Beneficiaries", "100");
        await officer.FillAsync("#Input_Activities_0__Title", language == "ar" ? "ورشة تكوينية" : "Atelier de formation");
        await officer.FillAsync("#Input_Activities_0__StartsOn", Nassij.Tests.Infrastructure.TestClock.Day(60));
        await officer.FillAsync("#Input_Activities_0__EndsOn", Nassij.Tests.Infrastructure.TestClock.Day(88));
        await officer.FillAsync("#Input_Activities_0__Place", language == "ar" ? "الدار البيضاء" : "Casablanca");
        await officer.SelectOptionAsync("#Input_Budget_0__Category", "Training");
        await officer.FillAsync("#Input_Budget_0__Description", language == "ar" ? "أتعاب المكونين" : "Honoraires des formateurs");
        await officer.FillAsync("#Input_Budget_0__Quantity", "4");
        await officer.FillAsync("#Input_Budget_0__UnitCost", "12500");
        await officer.FillAsync("#Input_Budget_0__Requested", "40000");
        await officer.FillAsync("#Input_Indicators_0__Label", language == "ar" ? "عدد الشباب المكونين" : "Jeunes formés");
        await officer.FillAsync("#Input_Indicators_0__Baseline", "0");
        await officer.FillAsync("#Input_Indicators_0__Target", "100");
        await Steps.Look(officer, Shot("draft"));
        await Click(officer, "main form button.btn-primary[type=submit]");
        await Click(officer, "a[href$='/submit']");
        await Steps.Look(officer, Shot("check"));
        await officer.Locator("input[name=Ticked]").First.CheckAsync();
        await Click(officer, "main form.mt-4 button");
        await Assertions.Expect(officer.Locator("a[href$='/receipt']")).ToBeVisibleAsync();
        await Steps.Look(officer, Shot("submitted"));
        var receipt = await officer.Context.APIRequest.GetAsync((await officer.Locator("a[href$='/receipt']").GetAttributeAsync("href"))!);
        await File.WriteAllBytesAsync(Path.Combine(BrowserFixture.Screenshots, $"{step - 1}-funding-receipt-{language}.pdf"), await receipt.BodyAsync());
        Assert.Equal("application/pdf", receipt.Headers["content-type"]);

        // The deadline passes; staff screen the application and the committee is assigned.
        await fixture.App.WithDb(db => db.Calls.Where(c => c.Id == callId).ExecuteUpdateAsync(s => s.SetProperty(c => c.ClosesAt, TestClock.Now.AddMinutes(-1))));
        await Steps.Visit(manager, $"/staff/calls/{callId}/applications", Shot("applications"));
        await Click(manager, "a[href^='/staff/applications/']");
        await manager.CheckAsync("#eligible-yes");
        await Steps.Look(manager, Shot("screen"));
        await Click(manager, "form[action*='handler=Screen'] button");
        await manager.GotoAsync($"/staff/calls/{callId}/applications");
        await Click(manager, "form[action*='handler=Assign'] button");

        // Each evaluator declares no conflict, then scores with reasons.
        foreach (var (who, first, second) in new[] { ("evaluator", 50, 30), ("evaluator2", 45, 35) })
        {
            var evaluator = await As(who, language);
            await Steps.Visit(evaluator, "/evaluations", Shot($"{who}-list"));
            await Click(evaluator, "main a[href^='/evaluations/']");
            await evaluator.CheckAsync("#conflict-no");
            await Steps.Look(evaluator, Shot($"{who}-conflict"));
            await Click(evaluator, "form[action*='handler=Declare'] button");
            await evaluator.FillAsync("#points-0", first.ToString(CultureInfo.InvariantCulture));
            await evaluator.FillAsync("#justification-0", language == "ar" ? "مشروع ملائم وواضح." : "Projet pertinent et clair.");
            await evaluator.FillAsync("#points-1", second.ToString(CultureInfo.InvariantCulture));
            await evaluator.FillAsync("#justification-1", language == "ar" ? "جدولة واقعية." : "Calendrier réaliste.");
            await Steps.Look(evaluator, Shot($"{who}-score"));
            await Click(evaluator, "button[formaction*='handler=Submit']");
        }

        // The committee selects, results are published, the agreement is drawn up.
        await Steps.Visit(manager, $"/staff/calls/{callId}/ranking", Shot("ranking"));
        await Click(manager, "form[action*='handler=Propose'] button");
        await Steps.Look(manager, Shot("proposed"));
        await manager.Locator("main details summary").First.ClickAsync();
        await Click(manager, "form[action*='handler=RecordDecision'] button");
        var minutes = await manager.Context.APIRequest.GetAsync((await manager.Locator("a[href$='/minutes']").GetAttributeAsync("href"))!);
        await File.WriteAllBytesAsync(Path.Combine(BrowserFixture.Screenshots, $"{step}-funding-minutes-{language}.pdf"), await minutes.BodyAsync());
        await manager.GotoAsync($"/staff/calls/{callId}");
        await Click(manager, "form[action*='handler=PublishResults'] button");
        await Steps.Visit(manager, $"/staff/calls/{callId}/agreements", Shot("agreements"));
        await Click(manager, "form[action*='handler=Draw'] button");
        var agreementUrl = await manager.Locator("main a[href^='/agreements/']").First.GetAttributeAsync("href");

        // The association signs with a code from its e-mail; the ministry countersigns.
        await Steps.Visit(officer, agreementUrl!, Shot("agreement"));
        await Click(officer, "form[action*='handler=SendCode'] button");
        var email = $"{president}@{DemoData.Domain}";
        var body = await fixture.App.WithDb(db => db.OutboxMessages.Where(m => m.To == email).OrderByDescending(m => m.Id).Select(m => m.Body).FirstAsync());
        await officer.FillAsync("#Code", Code().Match(body).Value);
        await Click(officer, "form[action*='handler=SignWithCode'] button");
        await manager.GotoAsync(agreementUrl!);
        await Click(manager, "form[action*='handler=Countersign'] button");
        var document = await officer.Context.APIRequest.GetAsync(agreementUrl + "/document");
        await File.WriteAllBytesAsync(Path.Combine(BrowserFixture.Screenshots, $"{step}-funding-agreement-{language}.pdf"), await document.BodyAsync());

        // Finance pays tranche 1.
        var finance = await As("finance", language);
        await Pay(finance, agreementUrl!, Shot("pay-1"));

        // The association reports on tranche 1; staff approve; tranche 2 is paid.
        await Steps.Visit(officer, agreementUrl + "/reports/1", Shot("report"));
        await officer.FillAsync("#Input_ActivitiesDone", language == "ar" ? "نظمنا ورشتين لفائدة 60 شابا." : "Deux ateliers pour 60 jeunes.");
        await officer.FillAsync("#Input_BeneficiariesReached", "60");
        await officer.SelectOptionAsync("#Input_Expenses_0__BudgetLineNumber", "1");
        await officer.FillAsync("#Input_Expenses_0__Description", language == "ar" ? "أتعاب المكون" : "Honoraires");
        await officer.FillAsync("#Input_Expenses_0__Amount", "12500");
        await officer.FillAsync("#Input_Expenses_0__SpentOn", now.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await officer.FillAsync("#Input_Expenses_0__Payee", "Cabinet Tadrib");
        await officer.SetInputFilesAsync("#Proof_0", new FilePayload { Name = "facture.pdf", MimeType = "application/pdf", Buffer = Samples.Pdf });
        await officer.FillAsync("#Input_Indicators_0__Value", "60");
        await Click(officer, "button[formaction*='handler=Submit']");
        await Steps.Visit(manager, agreementUrl + "/reports/1", Shot("report-review"));
        await Click(manager, "button[formaction*='handler=Approve']");
        await Pay(finance, agreementUrl!, Shot("pay-2"));
        await Assertions.Expect(finance.Locator("td:has-text('VIR-')")).ToHaveCountAsync(2);
        await Steps.Look(finance, Shot("paid"));
        fixture.AssertServerLoggedNoWarning();
    }

    [Fact]
    public async Task A_draft_saves_itself_while_the_officer_types()
    {
        var officer = await As("president1", "fr");
        await officer.GotoAsync("/calls/2/apply");
        await officer.Locator("input[name=LotId]").First.CheckAsync();
        await Click(officer, "main form button[type=submit]");
        await officer.FillAsync("#Input_Title", "Titre tapé sans enregistrer");
        await Assertions.Expect(officer.Locator("[data-draft-status]")).ToContainTextAsync("Brouillon enregistré", new() { Timeout = 15_000 });
        await Steps.Look(officer, "59-funding-autosaved-fr");
        await officer.ReloadAsync();
        await Assertions.Expect(officer.Locator("#Input_Title")).ToHaveValueAsync("Titre tapé sans enregistrer");
        fixture.AssertServerLoggedNoWarning();
    }

    private static async Task Pay(IPage finance, string agreementUrl, string screenshot)
    {
        await finance.GotoAsync(agreementUrl);
        await Click(finance, "form[action*='handler=OrderPayment'] button");
        await finance.FillAsync("#PaidOn", TestClock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await finance.FillAsync("#BankReference", $"VIR-{Guid.NewGuid():N}"[..12]);
        await Steps.Look(finance, screenshot);
        await Click(finance, "form[action*='handler=RecordPayment'] button");
    }

    [GeneratedRegex("/staff/calls/([0-9]+)")]
    private static partial Regex CallUrl();

    [GeneratedRegex("(?<![-0-9])[0-9]{6}(?![0-9])")]
    private static partial Regex Code();
}
