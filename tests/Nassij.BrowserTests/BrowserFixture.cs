using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Nassij.Tests.Infrastructure;

namespace Nassij.BrowserTests;

/// <summary>The application on a real port and Debian's Chromium driven by Playwright (never a downloaded browser).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public static readonly string Screenshots = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "screenshots"));

    private IPlaywright? playwright;

    public NassijFactory App { get; } = new(Databases.Sqlite);
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        App.UseKestrel(0);
        App.StartServer();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Directory.CreateDirectory(Screenshots);
        playwright = await Playwright.CreateAsync();
        Browser = await LaunchChromium(playwright);
    }

    /// <summary>Debian's Chromium, kept off the network (it would otherwise keep trying to reach the internet).</summary>
    public static Task<IBrowser> LaunchChromium(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    });

    public async Task<IPage> NewPage(string language, int width = 1280)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            Locale = language,
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = language },
            ViewportSize = new() { Width = width, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    /// <summary>Runs axe on the page and fails on serious or critical violations (WCAG 2.1 AA).</summary>
    public static async Task CheckAccessibility(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}: " + string.Join("; ", serious.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})")));
    }

    /// <summary>Desktop and 375 px screenshots of the current page, named for the journey step.</summary>
    public static async Task Snap(IPage page, string name)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"{name}-desktop.png"), FullPage = true });
        var size = page.ViewportSize;
        await page.SetViewportSizeAsync(375, 800);
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        // Name the culprits: the deepest elements that stick out of the phone's width.
        var culprits = overflow
            ? await page.EvaluateAsync<string>("() => [...document.querySelectorAll('body *')].filter(e => { const r = e.getBoundingClientRect(); return r.right > innerWidth + 1 || r.left < -1; }).slice(-4).map(e => e.tagName + '.' + e.className + '#' + e.id).join(' | ')")
            : string.Empty;
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"{name}-375.png"), FullPage = true });
        await page.SetViewportSizeAsync(size!.Width, size.Height);
        Assert.False(overflow, $"{name}: the page is wider than a 375 px phone: {culprits}");
    }

    public void AssertServerLoggedNoWarning() => Assert.True(!App.Warnings.Any(), string.Join("\n", App.Warnings.Distinct().Take(5)));

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await App.DisposeAsync();
    }
}
