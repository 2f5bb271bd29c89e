using Microsoft.Playwright;
using Nassij.Web.Features.Demo;

namespace Nassij.BrowserTests.Journeys;

/// <summary>An officer adds a member with their consent, then finds them in the list.</summary>
public sealed class MembersJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("ar", "president1", "فاطمة الزهراء بناني", "فاطمه الزهراء")]
    [InlineData("fr", "secretary2", "Fatima Zahra Bennani", "fatima bennani")]
    public async Task Add_a_member_with_consent_then_find_them(string language, string officer, string name, string query)
    {
        var page = await fixture.NewPage(language);
        await Steps.SignIn(page, $"{officer}@{DemoData.Domain}", DemoData.Password);
        var id = officer == "president1" ? 1 : 2;
        await Steps.Visit(page, $"/workspace/{id}/members/new", $"20-member-new-{language}");
        await page.FillAsync(language == "ar" ? "#Input_NameAr" : "#Input_NameLatin", name);
        await page.ClickAsync("main form button[type=submit]");
        await Assertions.Expect(page.Locator("#Input_Consent ~ .field-validation-error")).ToContainTextAsync(language == "ar" ? "سجّل موافقة العضو" : "Enregistrez le consentement");
        await Steps.Look(page, $"21-member-consent-missing-{language}");
        await page.CheckAsync("#Input_Consent");
        await page.ClickAsync("main form button[type=submit]");
        await page.FillAsync("#q", query);
        await page.ClickAsync("main form[role=search] button");
        await Assertions.Expect(page.Locator("[data-testid=member-row]")).ToContainTextAsync(name);
        await Steps.Look(page, $"22-members-{language}");
        fixture.AssertServerLoggedNoWarning();
    }
}
