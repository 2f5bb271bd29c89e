using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Documents;

namespace Nassij.Web.Features.Support.Help;

public sealed record ArticleSummary(string Slug, string Kind, string Category, string Title, string Summary, string Url);

public sealed record ArticleFull(string Slug, string Kind, string Category, string Title, string Summary, string LegalBasis, string BodyMarkdown, DateTimeOffset UpdatedAt, string Url);

/// <summary>The knowledge base as JSON (what the question form suggests while typing), and the model documents as files.</summary>
public static class HelpApi
{
    public static void MapHelp(this WebApplication app)
    {
        var api = app.MapGroup("/api/help").WithTags("Help");
        api.MapGet("/articles", Search).WithSummary("Published articles and model documents matching all the words (else the most of them), most read first; 10 at most by default.");
        api.MapGet("/articles/{slug}", One).WithSummary("One article, its Markdown body and its legal basis, in the request's language.");
        app.MapGet("/help/documents/{slug}.pdf", Pdf).ExcludeFromDescription();
        app.MapGet("/help/documents/{slug}.txt", Text).ExcludeFromDescription();
    }

    private static bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    private static async Task<List<ArticleSummary>> Search(NassijDb db, string? q, ArticleCategory? category, int? take, CancellationToken cancel)
    {
        var count = Math.Clamp(take ?? 10, 1, 50);
        var rows = category is null
            ? await ArticleSearch.Suggest(db, q, count, Arabic, cancel)
            : await ArticleSearch.Find(db, q, null, category, Arabic).Take(count).ToListAsync(cancel);
        return [.. rows.Select(r => new ArticleSummary(r.Slug, r.Kind.ToString(), r.Category.ToString(), r.Title, r.Summary, $"/help/{r.Slug}"))];
    }

    private static async Task<IResult> One(string slug, NassijDb db, CancellationToken cancel)
    {
        var a = await db.Articles.AsNoTracking().FirstOrDefaultAsync(x => x.Slug == slug && x.Published, cancel);
        return a is null ? Results.NotFound()
            : Results.Ok(new ArticleFull(a.Slug, a.Kind.ToString(), a.Category.ToString(), a.Title(Arabic), a.Summary(Arabic), a.LegalBasis(Arabic), a.Body(Arabic), a.UpdatedAt, $"/help/{a.Slug}"));
    }

    private static async Task<IResult> Pdf(string slug, NassijDb db, DocumentRenderer documents, CancellationToken cancel)
    {
        var a = await Document(db, slug, cancel);
        return a is null ? Results.NotFound()
            : await documents.FileOnce<ModelDocumentPrint>(
                string.Create(CultureInfo.InvariantCulture, $"{a.Id}-{a.Version}-{a.UpdatedAt.UtcTicks}-{CultureInfo.CurrentUICulture.Name}"),
                new Dictionary<string, object?> { [nameof(ModelDocumentPrint.Article)] = a }, $"{a.Slug}.pdf", cancel);
    }

    /// <summary>The model's text to paste into a word processor and fill in; with a BOM so every editor reads the Arabic.</summary>
    private static async Task<IResult> Text(string slug, NassijDb db, CancellationToken cancel)
    {
        var a = await Document(db, slug, cancel);
        if (a is null)
        {
            return Results.NotFound();
        }

        var content = $"{a.Title(Arabic)}\n\n{a.Body(Arabic)}\n\n— {a.LegalBasis(Arabic)}\n";
        return Results.File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(content)], "text/plain; charset=utf-8", $"{a.Slug}-{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}.txt");
    }

    private static Task<Article?> Document(NassijDb db, string slug, CancellationToken cancel) =>
        db.Articles.AsNoTracking().FirstOrDefaultAsync(x => x.Slug == slug && x.Published && x.Kind == ArticleKind.ModelDocument, cancel);
}
