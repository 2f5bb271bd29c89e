using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Nassij.Tests.Accounts;
using Nassij.Web.Features.Demo;

namespace Nassij.BrowserTests.Journeys;

/// <summary>A person signs up, confirms the e-mail from the outbox and turns on two-factor authentication.</summary>
public sealed partial class AccountJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("ar", "تم تأكيد بريدك الإلكتروني", "رموز الاسترداد الخاصة بك")]
    [InlineData("fr", "Votre adresse e-mail est confirmée", "Vos codes de secours")]
    public async Task Sign_up_confirm_and_enable_two_factor(string language, string confirmed, string recoveryCodes)
    {
        var email = $"journey-{language}-{Guid.NewGuid():N}@test.nassij.ma";
        const string password = "a long enough passphrase";
        var page = await fixture.NewPage(language);
        await Steps.Visit(page, "/account/sign-up", $"10-sign-up-{language}");
        await page.FillAsync("#Input_DisplayName", language == "ar" ? "سعاد الإدريسي" : "Souad Idrissi");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.FillAsync("#Input_ConfirmPassword", password);
        await page.ClickAsync("main button[type=submit]");
        await Steps.Look(page, $"11-check-email-{language}");

        // There is no mail server in the demo: the administrator reads the message in the outbox.
        var admin = await fixture.NewPage(language);
        await Steps.SignIn(admin, $"admin@{DemoData.Domain}", DemoData.Password);
        await Steps.Visit(admin, $"/admin/outbox?to={Uri.EscapeDataString(email)}", $"11b-outbox-{language}");
        var body = await admin.Locator("[data-testid=outbox-message] pre").InnerTextAsync();
        await page.GotoAsync(new Uri(LinkPattern().Match(body).Value).PathAndQuery);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(confirmed);
        await Steps.Look(page, $"12-confirmed-{language}");

        await Steps.SignIn(page, email, password);
        await Steps.Visit(page, "/account/two-factor", $"13-two-factor-{language}");
        var key = (await page.Locator("[data-testid=authenticator-key]").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        await page.FillAsync("#Code", Totp.Code(key));
        await page.ClickAsync("main form button[type=submit]");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(recoveryCodes);
        await Steps.Look(page, $"14-recovery-codes-{language}");
        fixture.AssertServerLoggedNoWarning();
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
