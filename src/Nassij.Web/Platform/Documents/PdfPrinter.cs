using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Nassij.Web.Platform.Documents;

public sealed class PdfOptions
{
    /// <summary>Debian's chromium prints HTML to PDF with correct Arabic shaping, bidi and embedded fonts.</summary>
    public string Chromium { get; set; } = "/usr/bin/chromium";
    public int Concurrency { get; set; } = 2;
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);
}

/// <summary>Prints an HTML document to PDF with headless Chromium. Without Chromium on the machine,
/// IsAvailable is false and callers serve the printable HTML instead.</summary>
public sealed class PdfPrinter(IOptions<PdfOptions> options, ILogger<PdfPrinter> log)
{
    private readonly SemaphoreSlim slots = new(Math.Max(1, options.Value.Concurrency));

    public bool IsAvailable => File.Exists(options.Value.Chromium);

    public async Task<byte[]> Print(string html, CancellationToken cancel = default)
    {
        var folder = Directory.CreateTempSubdirectory("nassij-pdf-");
        await slots.WaitAsync(cancel);
        try
        {
            var input = Path.Combine(folder.FullName, "document.html");
            var output = Path.Combine(folder.FullName, "document.pdf");
            await File.WriteAllTextAsync(input, html, cancel);
            await Run(folder.FullName, input, output, cancel);
            return await File.ReadAllBytesAsync(output, cancel);
        }
        finally
        {
            slots.Release();
            folder.Delete(recursive: true);
        }
    }

    private async Task Run(string folder, string input, string output, CancellationToken cancel)
    {
        var start = new ProcessStartInfo(options.Value.Chromium)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // Without the networking flags Chromium keeps trying to reach the internet.
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic", "--no-pdf-header-footer", "--disable-extensions",
            $"--user-data-dir={Path.Combine(folder, "profile")}", $"--print-to-pdf={output}", new Uri(input).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(options.Value.Timeout);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        _ = process.StandardOutput.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (!File.Exists(output))
        {
            log.LogError("Chromium printed no PDF (exit {Code}): {Errors}", process.ExitCode, await errors);
            throw new InvalidOperationException("Chromium printed no PDF.");
        }
    }
}
