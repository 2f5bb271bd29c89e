using Microsoft.Playwright;
using Nassij.Web.Features.Demo;

namespace Nassij.BrowserTests.Journeys;

/// <summary>The treasurer finds who has not paid this year's dues, records a payment and gets its numbered receipt.</summary>
public sealed class DuesJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("ar", 1280)]
    [InlineData("fr", 375)]
    public async Task Record_dues_for_a_member_in_arrears_and_get_the_receipt(string language, int width)
    {
        var page = await fixture.NewPage(language, width);
        await Steps.SignIn(page, $"president1@{DemoData.Domain}", DemoData.Password);
        await Steps.Visit(page, "/workspace/1", $"40-workspace-{language}");
        await page.ClickAsync("[data-testid=due-list] a[href*=InArrears]");
        await Steps.Look(page, $"41-dues-arrears-{language}");
        var before = await page.GetByTestId("dues-collected").TextContentAsync();
        await page.Locator("[data-testid=dues-row] a").First.ClickAsync();
        await page.SelectOptionAsync("#Input_Method", "Cheque");
        await page.ClickAsync("main form button[type=submit]");
        await Assertions.Expect(page.Locator("#Input_Reference-error")).ToBeVisibleAsync();
        await page.FillAsync("#Input_Reference", "CH-7781");
        await page.ClickAsync("main form button[type=submit]");
        await Assertions.Expect(page.Locator("main > .alert-success")).ToBeVisibleAsync();
        await Steps.Look(page, $"42-dues-paid-{language}");

        var receipt = page.Locator("[data-testid=payment] a[href*=Receipt]").First;
        var response = await page.APIRequest.GetAsync(await receipt.GetAttributeAsync("href") ?? "");
        Assert.True(response.Ok);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        await page.GotoAsync("/workspace/1/dues");
        Assert.NotEqual(before, await page.GetByTestId("dues-collected").TextContentAsync());
        fixture.AssertServerLoggedNoWarning();
    }
}
