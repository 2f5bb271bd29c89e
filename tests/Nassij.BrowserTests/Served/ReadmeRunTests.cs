using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using Microsoft.Playwright;

namespace Nassij.BrowserTests.Served;

/// <summary>The platform started the README's way from a clean copy, then published and run from its output, and
/// looked at in Chromium. In-process tests host the app differently and cannot see how its files are served: this
/// caught every stylesheet and script answering a browser's gzip request with an empty body.</summary>
public sealed class ReadmeRunTests
{
    private static readonly TimeSpan BuildAndStart = TimeSpan.FromMinutes(8);

    // What browsers and tools send; "" is a client that asks for no compression.
    private static readonly string[] Encodings = ["", "gzip", "br", "zstd", "gzip, deflate, br, zstd"];

    private static readonly string[] Pages = ["/", "/associations", "/calls", "/help"];

    [Fact]
    public async Task Started_as_the_readme_says_then_published_it_serves_styled_pages_and_whole_assets()
    {
        var copy = CleanCopy();
        try
        {
            await using (var run = await PlatformProcess.Start(copy, "dotnet", ["run", "--project", "src/Nassij.Web"], BuildAndStart))
            {
                await LooksStyledAndServesWholeAssets(run);
            }

            var published = Path.Combine(copy, "published");
            // Debug, so the publish reuses the build `dotnet run` just made (a Release build would add a minute and a half
            // to CI); the assets' publishing (Brotli and gzip files, the endpoints manifest) is the same in both.
            await PlatformProcess.Run(copy, "dotnet", "publish", "src/Nassij.Web", "-c", "Debug", "-o", published);
            await using var output = await PlatformProcess.Start(published, "dotnet", ["Nassij.Web.dll"], BuildAndStart);
            await LooksStyledAndServesWholeAssets(output);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static async Task LooksStyledAndServesWholeAssets(PlatformProcess platform)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFixture.LaunchChromium(playwright);
        var page = await (await browser.NewContextAsync(new() { BaseURL = platform.BaseUrl, Locale = "ar" })).NewPageAsync();
        var assets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Pages)
        {
            var response = await page.GotoAsync(path);
            Assert.True(response!.Ok, $"{path}: {response.Status}");
            var styled = await page.EvaluateAsync<Styling>(
                """
                () => ({
                  rulesPerSheet: [...document.styleSheets].map(s => s.cssRules.length),
                  bootstrapBlue: getComputedStyle(document.documentElement).getPropertyValue('--bs-blue').trim(),
                  bodyMargin: getComputedStyle(document.body).margin,
                  assets: performance.getEntriesByType('resource').map(r => r.name).filter(n => n.startsWith(location.origin)),
                })
                """);
            Assert.NotEmpty(styled.RulesPerSheet);
            Assert.All(styled.RulesPerSheet, rules => Assert.True(rules > 0, $"{path}: a stylesheet came empty"));
            // Bootstrap's variables and its reboot (no 8 px margin around the page, as browsers draw by default).
            Assert.Equal(("#0d6efd", "0px"), (styled.BootstrapBlue, styled.BodyMargin));
            assets.UnionWith(styled.Assets);
        }

        Assert.Contains(assets, a => a.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.EndsWith(".woff2", StringComparison.Ordinal));
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });
        foreach (var asset in assets)
        {
            await ServedWholeUnderEveryEncoding(client, asset);
        }

        Assert.True(!platform.Warnings.Any(), "The platform logged warnings:\n" + string.Join('\n', platform.Warnings.Distinct().Take(5)));
    }

    private static async Task ServedWholeUnderEveryEncoding(HttpClient client, string asset)
    {
        byte[]? plain = null;
        foreach (var encoding in Encodings)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, asset);
            if (encoding.Length > 0)
            {
                request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
            }

            using var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset} ({encoding}): {response.StatusCode}");
            var body = await Decoded(response, $"{asset} ({encoding})");
            plain ??= body;
            Assert.True(body.Length > 0 && body.AsSpan().SequenceEqual(plain), $"{asset} under Accept-Encoding '{encoding}': {body.Length} bytes, not the {plain.Length} served uncompressed");
        }
    }

    private static async Task<byte[]> Decoded(HttpResponseMessage response, string what)
    {
        var raw = await response.Content.ReadAsByteArrayAsync();
        var contentEncoding = string.Join(',', response.Content.Headers.ContentEncoding);
        Stream? decoder = contentEncoding switch
        {
            "" => null,
            "gzip" => new GZipStream(new MemoryStream(raw), CompressionMode.Decompress),
            "br" => new BrotliStream(new MemoryStream(raw), CompressionMode.Decompress),
            _ => throw new Xunit.Sdk.XunitException($"{what}: answered in '{contentEncoding}', which this test cannot check"),
        };
        if (decoder is null)
        {
            return raw;
        }

        await using (decoder)
        {
            using var decoded = new MemoryStream();
            await decoder.CopyToAsync(decoded);
            return decoded.ToArray();
        }
    }

    /// <summary>The files git would give a fresh clone (tracked, plus new ones not ignored), as they are now.</summary>
    private static string CleanCopy()
    {
        var root = Nassij.Tests.Infrastructure.Repository.Root;
        var copy = Path.Combine(Path.GetTempPath(), "nassij-readme-run", Guid.NewGuid().ToString("N"));
        var list = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardOutput = true };
        foreach (var argument in new[] { "ls-files", "-z", "--cached", "--others", "--exclude-standard" })
        {
            list.ArgumentList.Add(argument);
        }

        using var git = Process.Start(list)!;
        var files = git.StandardOutput.ReadToEnd().Split('\0', StringSplitOptions.RemoveEmptyEntries);
        git.WaitForExit();
        Assert.True(git.ExitCode == 0 && files.Length > 0, "git could not list the repository's files");
        foreach (var file in files.Where(f => File.Exists(Path.Combine(root, f))))
        {
            var target = Path.Combine(copy, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(root, file), target);
        }

        return copy;
    }

    private sealed class Styling
    {
        public int[] RulesPerSheet { get; set; } = [];
        public string BootstrapBlue { get; set; } = string.Empty;
        public string BodyMargin { get; set; } = string.Empty;
        public string[] Assets { get; set; } = [];
    }
}
