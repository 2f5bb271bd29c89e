using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;

namespace Nassij.Web.Features.Workspace.Members;

/// <summary>The words a member is found by, kept in step with the member whenever it is saved.</summary>
public static class MemberWords
{
    public const int LongestWord = 60;

    /// <summary>Each word of the names and the ID number, with Arabic words also without their article
    /// ("الإدريسي" is found by "ادريسي"), and the phone as one word in its local form (0612…, however it was typed).</summary>
    public static IReadOnlyCollection<string> Of(Member member)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in TextFolding.Fold($"{member.NameAr} {member.NameLatin} {member.NationalId}").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Length <= LongestWord)
            {
                words.Add(token);
                words.Add(TextFolding.Stem(token));
            }
        }

        var phone = LocalPhone(new string([.. (member.Phone ?? string.Empty).Where(char.IsAsciiDigit)]));
        if (phone.Length is >= 6 and <= LongestWord)
        {
            words.Add(phone);
        }

        return words;
    }

    /// <summary>The query's words, reduced the same way.</summary>
    public static IReadOnlyList<string> OfQuery(string? query) =>
        [.. TextFolding.Terms(query).Where(t => t.Length <= LongestWord).Select(t => LocalPhone(TextFolding.Stem(t))).Distinct()];

    /// <summary>A Moroccan number as dialled at home: 212 or 00212 becomes 0, so +212 6… and 06… are one word.</summary>
    private static string LocalPhone(string word) =>
        !word.All(char.IsAsciiDigit) ? word
        : word.StartsWith("00212", StringComparison.Ordinal) && word.Length > 9 ? $"0{word[5..]}"
        : word.StartsWith("212", StringComparison.Ordinal) && word.Length > 9 ? $"0{word[3..]}"
        : word;

    /// <summary>Called before every save: new members get their words, and members whose names, ID number or
    /// phone changed get theirs replaced (their sort name too), in the same unit of work.</summary>
    internal static async Task KeepInStep(NassijDb db, CancellationToken cancel)
    {
        var changed = Changed(db);
        var ids = Edited(changed);
        Apply(db, changed, ids.Count == 0 ? [] : await db.MemberWords.Where(w => ids.Contains(w.MemberId)).ToListAsync(cancel));
    }

    /// <summary>The same for the synchronous save (the data-protection key store uses it).</summary>
    internal static void KeepInStepNow(NassijDb db)
    {
        var changed = Changed(db);
        var ids = Edited(changed);
        Apply(db, changed, ids.Count == 0 ? [] : [.. db.MemberWords.Where(w => ids.Contains(w.MemberId))]);
    }

    private static List<EntityEntry<Member>> Changed(NassijDb db) =>
        [.. db.ChangeTracker.Entries<Member>().Where(e => e.State == EntityState.Added
            || (e.State == EntityState.Modified && (e.Property(m => m.SearchKey).IsModified || e.Property(m => m.SortName).IsModified)))];

    private static List<int> Edited(List<EntityEntry<Member>> changed) =>
        [.. changed.Where(e => e.State == EntityState.Modified).Select(e => e.Entity.Id)];

    private static void Apply(NassijDb db, List<EntityEntry<Member>> changed, List<MemberWord> current)
    {
        var byMember = current.ToLookup(w => w.MemberId);
        foreach (var entry in changed)
        {
            Replace(db, entry.Entity, entry.State == EntityState.Added ? [] : byMember[entry.Entity.Id]);
        }
    }

    private static void Replace(NassijDb db, Member member, IEnumerable<MemberWord> current)
    {
        var wanted = Of(member).ToHashSet(StringComparer.Ordinal);
        foreach (var word in current)
        {
            if (!wanted.Remove(word.Word))
            {
                db.MemberWords.Remove(word);
            }
            else
            {
                word.SortName = member.SortName;
            }
        }

        db.MemberWords.AddRange(wanted.Select(word => new MemberWord { Member = member, AssociationId = member.AssociationId, Word = word, SortName = member.SortName }));
    }

    /// <summary>Gives their words to members saved before the word index existed, a thousand at a time; a member
    /// whose names hold no word is passed over, so the walk ends.</summary>
    public static async Task Backfill(NassijDb db, CancellationToken cancel = default)
    {
        var after = 0;
        while (true)
        {
            var members = await db.Members.Where(m => m.Id > after && !db.MemberWords.Any(w => w.MemberId == m.Id))
                .OrderBy(m => m.Id).Take(1000).ToListAsync(cancel);
            if (members.Count == 0)
            {
                return;
            }

            foreach (var member in members)
            {
                Replace(db, member, []);
            }

            await db.SaveChangesAsync(cancel);
            db.ChangeTracker.Clear();
            after = members[^1].Id;
        }
    }
}
