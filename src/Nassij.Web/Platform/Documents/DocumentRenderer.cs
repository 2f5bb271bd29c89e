using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Nassij.Web.Platform.Documents;

/// <summary>Renders a document (a Razor component) to HTML, then to PDF when Chromium is there.
/// Documents are components so they can be rendered outside a request, e.g. by a background job.</summary>
public sealed class DocumentRenderer(IServiceProvider services, ILoggerFactory logs, PdfPrinter printer, Files.IFileStore store)
{
    // One print at a time for documents kept once printed: a second reader waits for the first print, not a second
    // one. Documents already printed are read without waiting.
    private static readonly SemaphoreSlim Printing = new(1, 1);

    private static readonly string Build = typeof(DocumentRenderer).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public async Task<string> Html<TDocument>(IDictionary<string, object?> parameters)
        where TDocument : IComponent
    {
        await using var renderer = new HtmlRenderer(services, logs);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TDocument>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }

    /// <summary>The PDF, or the printable HTML page when this machine has no Chromium (the browser prints it).</summary>
    public async Task<IResult> File<TDocument>(IDictionary<string, object?> parameters, string fileName, CancellationToken cancel = default)
        where TDocument : IComponent
    {
        var html = await Html<TDocument>(parameters);
        if (!printer.IsAvailable)
        {
            return Results.Content(html, "text/html; charset=utf-8");
        }

        return Results.File(await printer.Print(html, cancel), "application/pdf", fileName);
    }

    /// <summary>The PDF of a document whose content changes rarely (a model document), printed once per
    /// <paramref name="version"/> (which must name the content and the language) and per build of the platform (a
    /// release may change the template), then read from storage: printing takes seconds, reading takes none.</summary>
    public async Task<IResult> FileOnce<TDocument>(string version, IDictionary<string, object?> parameters, string fileName, CancellationToken cancel = default)
        where TDocument : IComponent
    {
        if (!printer.IsAvailable)
        {
            return await File<TDocument>(parameters, fileName, cancel);
        }

        var key = $"printed/{typeof(TDocument).Name}/{Build}/{version}.pdf";
        var pdf = await Stored(key, cancel);
        if (pdf is null)
        {
            await Printing.WaitAsync(cancel);
            try
            {
                pdf = await Stored(key, cancel);
                if (pdf is null)
                {
                    pdf = await printer.Print(await Html<TDocument>(parameters), cancel);
                    // Kept even if the reader has gone: the next one needs it.
                    await store.Save(key, new MemoryStream(pdf), CancellationToken.None);
                }
            }
            finally
            {
                Printing.Release();
            }
        }

        return Results.File(pdf, "application/pdf", fileName);
    }

    private async Task<byte[]?> Stored(string key, CancellationToken cancel)
    {
        try
        {
            await using var file = store.Open(key);
            using var bytes = new MemoryStream();
            await file.CopyToAsync(bytes, cancel);
            // A file cut short (a crash while writing) is printed again rather than served.
            return bytes.Length > 8 && bytes.GetBuffer().AsSpan(0, 5).SequenceEqual("%PDF-"u8) ? bytes.ToArray() : null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }
}
