using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;

namespace Nassij.Web.Features.Associations;

/// <summary>Splits names into the words the directory indexes, and keeps an association's words
/// in step with its names and status (only verified associations are searchable).</summary>
public static class DirectoryWords
{
    // Words nearly every name has: they cannot narrow a search, so they are neither indexed nor searched.
    private static readonly HashSet<string> StopWords =
    [
        "جمعيه", "الجمعيه", "جمعيات", "و", "في", "من", "علي", "عن", "مع", "ب", "ل",
        "association", "associations", "asso", "de", "des", "du", "la", "le", "les", "et", "pour", "en", "au", "aux", "l", "d", "a", "sur", "par",
        "the", "of", "for", "and",
    ];

    public static IEnumerable<string> Of(string? nameAr, string? nameFr, string? acronym)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in TextFolding.Fold($"{nameAr} {nameFr} {acronym}").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Length > 60 || StopWords.Contains(token))
            {
                continue;
            }

            words.Add(token);
            words.Add(TextFolding.Stem(token));
        }

        return words;
    }

    /// <summary>The query's words, reduced the same way; empty when the query has none worth searching.</summary>
    public static IReadOnlyList<string> OfQuery(string? query) =>
        [.. TextFolding.Terms(query).Where(t => !StopWords.Contains(t)).Select(TextFolding.Stem).Distinct()];

    /// <summary>Brings the association's words in step with it, in the caller's unit of work.</summary>
    public static async Task Refresh(NassijDb db, Association association, CancellationToken cancel = default)
    {
        var current = await db.DirectoryWords.Where(w => w.AssociationId == association.Id).ToListAsync(cancel);
        var wanted = association.Status == VerificationStatus.Verified
            ? Of(association.NameAr, association.NameFr, association.Acronym).ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var word in current)
        {
            if (!wanted.Remove(word.Word))
            {
                db.DirectoryWords.Remove(word);
            }
            else
            {
                word.SortAr = association.NameAr;
                word.SortFr = association.NameFr;
            }
        }

        db.DirectoryWords.AddRange(wanted.Select(word =>
            new DirectoryWord { Word = word, AssociationId = association.Id, SortAr = association.NameAr, SortFr = association.NameFr }));
    }
}
