using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Associations;

public sealed record DirectoryQuery(string? Q, string? Region, string? Province, Domain? Domain, int Page, bool Arabic);

public sealed record DirectoryRow(int Id, string NameAr, string NameFr, string? Acronym, string RegionCode, string ProvinceCode);

public sealed record DirectoryPage(IReadOnlyList<DirectoryRow> Rows, int Page, bool HasNext);

/// <summary>The public directory's search, shared by the page and the API. Only verified
/// associations; no COUNT, so a page costs one indexed query whatever the table's size.
/// Whole words are found through the word index in name order; a query matching no whole word
/// (a word typed in part) falls back to substring search on the folded names.</summary>
public static class DirectorySearch
{
    public const int PageSize = 20;
    public const int MaxPage = 500;

    public static async Task<DirectoryPage> Run(NassijDb db, DirectoryQuery query, CancellationToken cancel = default)
    {
        var page = Math.Clamp(query.Page, 1, MaxPage);
        var words = DirectoryWords.OfQuery(query.Q);
        if (words.Count > 0)
        {
            // A later page past the end stays empty; the substring fallback is for queries no whole word matches.
            var found = await ByWords(db, query, words, page, cancel);
            if (found.Rows.Count > 0 || (page > 1 && (await ByWords(db, query, words, 1, cancel)).Rows.Count > 0))
            {
                return found;
            }
        }

        var associations = Filtered(db.Associations.AsNoTracking().Where(a => a.Status == VerificationStatus.Verified), query)
            .WhereKeyHasAllTerms(a => a.SearchKey, query.Q);

        var ordered = query.Arabic
            ? associations.OrderBy(a => a.NameAr).ThenBy(a => a.Id)
            : associations.OrderBy(a => a.NameFr).ThenBy(a => a.Id);
        var rows = await ordered.Skip((page - 1) * PageSize).Take(PageSize + 1).Select(Row).ToListAsync(cancel);
        return new DirectoryPage(rows.Take(PageSize).ToList(), page, rows.Count > PageSize);
    }

    private static async Task<DirectoryPage> ByWords(NassijDb db, DirectoryQuery query, IReadOnlyList<string> words, int page, CancellationToken cancel)
    {
        // Every word's rows come from the index already in name order, so joining them on the sort key
        // lets PostgreSQL merge the lists and stop at the page's last row.
        var matches = db.DirectoryWords.AsNoTracking().Where(w => w.Word == words[0]);
        foreach (var other in words.Skip(1))
        {
            var others = db.DirectoryWords.Where(x => x.Word == other);
            matches = query.Arabic
                ? matches.Join(others, w => new { w.AssociationId, Sort = w.SortAr }, x => new { x.AssociationId, Sort = x.SortAr }, (w, _) => w)
                : matches.Join(others, w => new { w.AssociationId, Sort = w.SortFr }, x => new { x.AssociationId, Sort = x.SortFr }, (w, _) => w);
        }

        if (!string.IsNullOrEmpty(query.Region) || !string.IsNullOrEmpty(query.Province) || query.Domain is not null)
        {
            var filtered = Filtered(db.Associations, query).Select(a => a.Id);
            matches = matches.Where(w => filtered.Contains(w.AssociationId));
        }

        var ordered = query.Arabic
            ? matches.OrderBy(w => w.SortAr).ThenBy(w => w.AssociationId)
            : matches.OrderBy(w => w.SortFr).ThenBy(w => w.AssociationId);
        var ids = await ordered.Skip((page - 1) * PageSize).Take(PageSize + 1).Select(w => w.AssociationId).ToListAsync(cancel);
        var rows = await db.Associations.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(Row).ToDictionaryAsync(r => r.Id, cancel);
        return new DirectoryPage([.. ids.Take(PageSize).Where(rows.ContainsKey).Select(id => rows[id])], page, ids.Count > PageSize);
    }

    private static IQueryable<Association> Filtered(IQueryable<Association> associations, DirectoryQuery query)
    {
        if (!string.IsNullOrEmpty(query.Province))
        {
            associations = associations.Where(a => a.ProvinceCode == query.Province);
        }
        else if (!string.IsNullOrEmpty(query.Region))
        {
            associations = associations.Where(a => a.RegionCode == query.Region);
        }

        if (query.Domain is { } domain)
        {
            var bit = DomainMask.Bit(domain);
            associations = associations.Where(a => (a.DomainMask & bit) != 0);
        }

        return associations;
    }

    private static readonly System.Linq.Expressions.Expression<Func<Association, DirectoryRow>> Row =
        a => new DirectoryRow(a.Id, a.NameAr, a.NameFr, a.Acronym, a.RegionCode, a.ProvinceCode);
}
