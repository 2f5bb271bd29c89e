using Microsoft.Playwright;
using Nassij.Web.Features.Demo;

namespace Nassij.BrowserTests.Journeys;

/// <summary>On a 375 px phone: the header is one short row with a menu that opens without JavaScript, and every
/// workspace tab is on screen.</summary>
public sealed class PhoneJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("ar", "president1", 1, "دليل الجمعيات")]
    [InlineData("fr", "secretary2", 2, "Annuaire")]
    public async Task The_menu_folds_into_one_button_and_the_workspace_tabs_stay_on_screen(string language, string officer, int association, string directory)
    {
        var page = await fixture.NewPage(language, width: 375);
        await Steps.SignIn(page, $"{officer}@{DemoData.Domain}", DemoData.Password);
        await Steps.Visit(page, $"/workspace/{association}", $"30-phone-workspace-{language}");

        var header = await page.Locator("header.site-header").BoundingBoxAsync();
        Assert.True(header!.Height <= 64, $"the header takes {header.Height} px of the phone's height");
        var menu = page.Locator("details.site-menu-folded");
        await Assertions.Expect(menu.Locator("summary")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".site-menu-wide")).ToBeHiddenAsync();
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = directory })).ToBeHiddenAsync();

        var tabs = await page.Locator("main nav[aria-label] a.nav-link").EvaluateAllAsync<double[][]>(
            "links => links.map(l => { const r = l.getBoundingClientRect(); return [r.left, r.right]; })");
        Assert.True(tabs.Length >= 7, $"{tabs.Length} workspace tabs");
        Assert.All(tabs, t => Assert.True(t[0] >= 0 && t[1] <= 375, $"a workspace tab is off screen at {t[0]}..{t[1]}"));

        await menu.Locator("summary").ClickAsync();
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = directory })).ToBeVisibleAsync();
        await Steps.Look(page, $"31-phone-menu-open-{language}");
        await menu.GetByRole(AriaRole.Link, new() { Name = directory }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/associations$"));
        fixture.AssertServerLoggedNoWarning();
    }
}
