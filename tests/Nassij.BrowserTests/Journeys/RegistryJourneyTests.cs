using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Nassij.Tests.Accounts;
using Nassij.Web.Features.Demo;

namespace Nassij.BrowserTests.Journeys;

/// <summary>An officer registers an association in Arabic, staff verify it, a visitor finds it in French.</summary>
public sealed class RegistryJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Register_in_arabic_verify_then_find_it_in_french()
    {
        var email = await People.NewConfirmedPerson(fixture.App);
        var officer = await fixture.NewPage("ar");
        await Steps.Visit(officer, "/", "01-home-ar");
        await Steps.SignIn(officer, email, DemoData.Password);
        await Steps.Visit(officer, "/associations/register", "02-register-empty-ar");

        // A first try with the province missing: the form comes back with the message and what was typed.
        await officer.FillAsync("#Input_NameAr", "جمعية النسيج الرقمي بسلا");
        await officer.FillAsync("#Input_NameFr", "Association Tissu Numérique de Salé");
        await officer.FillAsync("#Input_Address", "حي السلام، سلا");
        await officer.CheckAsync("#domain-Digital");
        await officer.FillAsync("#Input_Board_0__FullName", "ليلى بنكيران");
        await officer.SelectOptionAsync("#Input_Board_0__Office", "President");
        await officer.FillAsync("#Input_ProvisionalReceiptOn", Nassij.Tests.Infrastructure.TestClock.Day(-30));
        await officer.SetInputFilesAsync("#StatutesUpload", new FilePayload { Name = "statuts.pdf", MimeType = "application/pdf", Buffer = Nassij.Tests.Infrastructure.Samples.Pdf });
        await officer.ClickAsync("form button.btn-lg");
        await Assertions.Expect(officer.Locator("#Input_ProvinceCode ~ .field-validation-error")).ToContainTextAsync("اختر العمالة أو الإقليم");
        await Assertions.Expect(officer.Locator("#Input_NameAr")).ToHaveValueAsync("جمعية النسيج الرقمي بسلا");
        await Steps.Look(officer, "03-register-error-ar");

        await officer.SelectOptionAsync("#Input_ProvinceCode", "04.441");
        await officer.ClickAsync("form button.btn-lg");
        await Assertions.Expect(officer.Locator("[data-testid=verification-status]")).ToContainTextAsync("في انتظار التحقق");
        await Assertions.Expect(officer.Locator("[data-testid=receipt-stage]")).ToContainTextAsync("وصل مؤقت");
        await Steps.Look(officer, "04-my-association-pending-ar");

        var id = await fixture.App.WithDb(db => db.Associations.Where(a => a.NameFr == "Association Tissu Numérique de Salé").Select(a => a.Id).SingleAsync());
        var staff = await fixture.NewPage("ar");
        await Steps.SignIn(staff, $"admin@{DemoData.Domain}", DemoData.Password);
        await Steps.Visit(staff, "/staff/verification", "05-verification-queue-ar");
        await Steps.Visit(staff, $"/staff/verification/{id}", "06-review-ar");
        // The statutes sent with the first, refused attempt were kept.
        await Assertions.Expect(staff.Locator("main a[href^='/files/']")).ToHaveCountAsync(1);
        await staff.CheckAsync("#verdict-Verify");
        await staff.ClickAsync("form.card button[type=submit]");
        await Assertions.Expect(staff.Locator("[role=status]").First).ToContainTextAsync("تم حفظ القرار");

        var visitor = await fixture.NewPage("fr");
        await Steps.Visit(visitor, "/associations", "07-directory-fr");
        await visitor.FillAsync("#q", "tissu numerique sale");
        await visitor.ClickAsync("main form button[type=submit]");
        await Assertions.Expect(visitor.Locator(".result-list")).ToContainTextAsync("Association Tissu Numérique de Salé");
        await Steps.Look(visitor, "08-directory-search-fr");
        await visitor.ClickAsync(".result-list a");
        await Assertions.Expect(visitor.Locator("h1")).ToContainTextAsync("Association Tissu Numérique de Salé");
        await Steps.Look(visitor, "09-association-fr");
        fixture.AssertServerLoggedNoWarning();
    }
}
