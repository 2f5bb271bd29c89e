using Microsoft.Playwright;

namespace Nassij.BrowserTests.Journeys;

/// <summary>What a person does on every journey: arrive on a page, look at it, check it is usable.</summary>
public static class Steps
{
    public static async Task Visit(IPage page, string url, string screenshot)
    {
        var response = await page.GotoAsync(url);
        Assert.True(response!.Ok, $"{url}: {response.Status}");
        await Look(page, screenshot);
    }

    public static async Task Look(IPage page, string screenshot)
    {
        await BrowserFixture.CheckAccessibility(page);
        await BrowserFixture.Snap(page, screenshot);
    }

    public static async Task SignIn(IPage page, string email, string password)
    {
        await page.GotoAsync("/account/sign-in");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("main button[type=submit]");
    }
}
