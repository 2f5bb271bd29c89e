using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Workspace.Members;

/// <summary>The members of one association that a query finds, for the list, the API and the attendance page.
/// Whole words are found through the word index in name order; a query no member matches word for word (a name
/// typed in part, part of a phone number or an e-mail address) falls back to substring search on the folded key.</summary>
public static class MemberSearch
{
    /// <summary>Runs <paramref name="page"/> (filters, order by sort name and id, paging) over the members the query
    /// finds: first by whole words, then, if no member has them all, by substrings.</summary>
    public static async Task<List<T>> Run<T>(NassijDb db, int associationId, string? query, Func<IQueryable<Member>, Task<List<T>>> page, CancellationToken cancel)
    {
        var members = db.Members.AsNoTracking().Where(m => m.AssociationId == associationId);
        var words = MemberWords.OfQuery(query);
        if (words.Count == 0)
        {
            return await page(members);
        }

        var byWords = ByWords(db, associationId, words);
        var found = await page(byWords);
        // Nothing on this page: past the end of the word matches, or no member has all the words.
        if (found.Count > 0 || await byWords.AnyAsync(cancel))
        {
            return found;
        }

        return await page(members.WhereKeyHasAllTerms(m => m.SearchKey, query));
    }

    /// <summary>Each word's index entries come in name order; joining them, and the member, on the sort name as
    /// well as the id lets PostgreSQL merge the lists and stop at the page's last row.</summary>
    private static IQueryable<Member> ByWords(NassijDb db, int associationId, IReadOnlyList<string> words)
    {
        var matches = db.MemberWords.Where(w => w.AssociationId == associationId && w.Word == words[0]);
        foreach (var other in words.Skip(1))
        {
            var others = db.MemberWords.Where(x => x.AssociationId == associationId && x.Word == other);
            matches = matches.Join(others, w => new { w.MemberId, w.SortName }, x => new { x.MemberId, x.SortName }, (w, _) => w);
        }

        return matches.Join(db.Members.AsNoTracking(), w => new { Id = w.MemberId, w.SortName }, m => new { m.Id, m.SortName }, (_, m) => m);
    }
}
