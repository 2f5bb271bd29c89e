using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Nassij.Web.Platform.Documents;

/// <summary>Renders a document (a Razor component) to HTML, then to PDF when Chromium is there.
/// Documents are components so they can be rendered outside a request, e.g. by a background job.</summary>
public sealed class DocumentRenderer(IServiceProvider services, ILoggerFactory logs, PdfPrinter printer)
{
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
}
