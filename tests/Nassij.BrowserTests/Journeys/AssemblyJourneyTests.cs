using Microsoft.Playwright;
using Nassij.Web.Features.Demo;

namespace Nassij.BrowserTests.Journeys;

/// <summary>The day of the general assembly: the secretary records attendance, the quorum shows, resolutions are
/// voted, the meeting is closed and its bilingual minutes downloaded.</summary>
public sealed class AssemblyJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("ar", "president1", 1280)]
    [InlineData("fr", "president2", 375)]
    public async Task Hold_the_general_assembly_and_download_its_minutes(string language, string officer, int width)
    {
        var page = await fixture.NewPage(language, width);
        await Steps.SignIn(page, $"{officer}@{DemoData.Domain}", DemoData.Password);
        await page.GotoAsync("/workspace");
        await page.Locator("nav[aria-label] a[href$='/meetings']").First.ClickAsync();
        await page.Locator("[data-testid=meeting] a").First.ClickAsync();
        await Steps.Look(page, $"50-assembly-{language}");
        await page.GetByTestId("attendance-by-name").ClickAsync();
        await Steps.Look(page, $"50-assembly-attendance-{language}");
        await page.GoBackAsync();
        await page.FillAsync("#present", "300");
        await page.ClickAsync("form[action*=Attendance] button");
        await Assertions.Expect(page.Locator("#attendance .field-validation-error")).ToBeVisibleAsync();
        await page.FillAsync("#entitled", "40");
        await page.FillAsync("#present", "25");
        await page.FillAsync("#represented", "5");
        await page.ClickAsync("form[action*=Attendance] button");
        await Assertions.Expect(page.GetByTestId("quorum")).ToBeVisibleAsync();
        await page.FillAsync("#resolution", language == "ar" ? "المصادقة على التقرير الأدبي" : "Approbation du rapport moral");
        await page.FillAsync("#votesFor", "27");
        await page.FillAsync("#votesAgainst", "2");
        await page.FillAsync("#abstain", "1");
        await page.ClickAsync("form[action*=Resolve] button");
        await Assertions.Expect(page.GetByTestId("resolution")).ToHaveCountAsync(1);
        await Steps.Look(page, $"51-assembly-voted-{language}");
        await page.ClickAsync("form[action*=Close] button");
        var minutes = page.GetByTestId("minutes");
        await Assertions.Expect(minutes).ToBeVisibleAsync();
        var response = await page.APIRequest.GetAsync(await minutes.GetAttributeAsync("href") ?? "");
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        await File.WriteAllBytesAsync(Path.Combine(BrowserFixture.Screenshots, $"52-minutes-{language}.pdf"), await response.BodyAsync());
        fixture.AssertServerLoggedNoWarning();
    }
}
