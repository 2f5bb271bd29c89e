using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Markdown;

namespace Nassij.Web.Features.Support.Help;

public sealed record ArticleRow(int Id, string Slug, ArticleKind Kind, ArticleCategory Category, string Title, string Summary, int Views);

/// <summary>The knowledge base's one query: published articles matching the words typed, with the
/// same Arabic and Latin folding as the directory, most read first.</summary>
public static class ArticleSearch
{
    public static IQueryable<ArticleRow> Find(NassijDb db, string? query, ArticleKind? kind, ArticleCategory? category, bool arabic)
    {
        var articles = db.Articles.AsNoTracking().Where(a => a.Published);
        if (kind is { } k)
        {
            articles = articles.Where(a => a.Kind == k);
        }

        if (category is { } c)
        {
            articles = articles.Where(a => a.Category == c);
        }

        return articles.WhereKeyHasAllTerms(a => a.SearchKey, query)
            .OrderByDescending(a => a.Views).ThenBy(a => a.Id)
            .Select(a => new ArticleRow(a.Id, a.Slug, a.Kind, a.Category, arabic ? a.TitleAr : a.TitleFr, arabic ? a.SummaryAr : a.SummaryFr, a.Views));
    }

    /// <summary>For a sentence being typed: articles sharing the most of its longer words, then the most read.</summary>
    public static async Task<List<ArticleRow>> Suggest(NassijDb db, string? sentence, int take, bool arabic, CancellationToken cancel)
    {
        var all = await Find(db, sentence, null, null, arabic).Take(take).ToListAsync(cancel);
        if (all.Count > 0)
        {
            return all;
        }

        var hits = new Dictionary<int, (ArticleRow Row, int Count)>();
        foreach (var term in TextFolding.Terms(sentence).Where(t => t.Length >= 4).OrderByDescending(t => t.Length).Take(4))
        {
            foreach (var row in await Find(db, term, null, null, arabic).Take(take).ToListAsync(cancel))
            {
                hits[row.Id] = (row, hits.TryGetValue(row.Id, out var hit) ? hit.Count + 1 : 1);
            }
        }

        return [.. hits.Values.OrderByDescending(h => h.Count).ThenByDescending(h => h.Row.Views).Select(h => h.Row).Take(take)];
    }

    public static string KeyOf(Article a) => TextFolding.Fold(string.Join(' ',
        a.TitleAr, a.TitleFr, a.SummaryAr, a.SummaryFr, a.LegalBasisAr, a.LegalBasisFr,
        SafeMarkdown.ToPlainText(a.BodyAr), SafeMarkdown.ToPlainText(a.BodyFr)));
}
