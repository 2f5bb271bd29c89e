using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace Nassij.Web.Platform.Markdown;

/// <summary>Markdown written by people (articles, replies) turned into HTML that cannot run script:
/// raw HTML is not interpreted, and what comes out is sanitised again.</summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static HtmlString ToHtml(string? markdown) =>
        new(string.IsNullOrWhiteSpace(markdown) ? string.Empty : Sanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown, Pipeline)));

    /// <summary>The text without its markup, for search keys and excerpts.</summary>
    public static string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? string.Empty : Markdig.Markdown.ToPlainText(markdown, Pipeline).Trim();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto", "tel"]);
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("img");
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link && link.GetAttribute("href") is { } href && !href.StartsWith('/'))
            {
                link.SetAttribute("rel", "noopener noreferrer nofollow");
            }
        };
        return sanitizer;
    }
}
