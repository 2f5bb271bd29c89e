using Nassij.Web.Platform.Localization;

namespace Nassij.Web.Features.Workspace.Members.Import;

/// <summary>How an import recognises a person it already knows, so that importing the same file twice adds no one.
/// A person is known by their national ID, their e-mail address, or their name with their phone; a row that gives
/// only a name is matched by the name.</summary>
public static class MemberIdentity
{
    /// <summary>Every key a known member can be found by.</summary>
    public static IEnumerable<string> KeysOf(string? nationalId, string? email, string? nameAr, string? nameLatin, string? phone)
    {
        var strong = StrongKeys(nationalId, email, nameAr, nameLatin, phone).ToList();
        return [.. strong, .. NameKeys(nameAr, nameLatin)];
    }

    /// <summary>The keys a row of a file is looked up by: its identifiers, or its name when it has none.</summary>
    public static IReadOnlyList<string> LookupKeysOf(MemberForm row)
    {
        var strong = StrongKeys(row.NationalId, row.Email, row.NameAr, row.NameLatin, row.Phone).ToList();
        return strong.Count > 0 ? strong : [.. NameKeys(row.NameAr, row.NameLatin)];
    }

    public static IEnumerable<string> KeysOf(MemberForm row) => KeysOf(row.NationalId, row.Email, row.NameAr, row.NameLatin, row.Phone);

    private static IEnumerable<string> StrongKeys(string? nationalId, string? email, string? nameAr, string? nameLatin, string? phone)
    {
        if (!string.IsNullOrWhiteSpace(nationalId))
        {
            yield return "id:" + nationalId.Trim().ToUpperInvariant();
        }

        if (!string.IsNullOrWhiteSpace(email))
        {
            yield return "mail:" + email.Trim().ToLowerInvariant();
        }

        var digits = new string((phone ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        if (digits.Length > 0)
        {
            foreach (var name in NameKeys(nameAr, nameLatin))
            {
                yield return $"tel:{digits}|{name}";
            }
        }
    }

    private static IEnumerable<string> NameKeys(string? nameAr, string? nameLatin)
    {
        if (!string.IsNullOrWhiteSpace(nameAr))
        {
            yield return "name:" + TextFolding.Fold(nameAr);
        }

        if (!string.IsNullOrWhiteSpace(nameLatin))
        {
            yield return "name:" + TextFolding.Fold(nameLatin);
        }
    }
}
