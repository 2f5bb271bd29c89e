using Nassij.Web.Platform.Localization;

namespace Nassij.Web.Features.Workspace.Members.Import;

/// <summary>What a column of the file can hold.</summary>
public enum MemberField
{
    /// <summary>A name in either script: Arabic letters go to the Arabic name, others to the Latin one.</summary>
    Name = 1,
    NameAr = 2,
    NameLatin = 3,
    NationalId = 4,
    Phone = 5,
    Email = 6,
    Address = 7,
    Category = 8,
    Status = 9,
    JoinedOn = 10,

    /// <summary>A first name kept apart from the family name: it is put before the name.</summary>
    FirstName = 11,
}

/// <summary>Which column of the file feeds which field; guessed from the headers people write in Arabic, French or English.</summary>
public static class ColumnMapping
{
    public static string Label(MemberField field) => field switch
    {
        MemberField.Name => "Name (Arabic or Latin letters)",
        MemberField.FirstName => "First name (put before the name)",
        MemberField.NameAr => "Name in Arabic letters",
        MemberField.NameLatin => "Name in Latin letters",
        MemberField.NationalId => "National ID number",
        MemberField.Phone => "Phone",
        MemberField.Email => "E-mail address",
        MemberField.Address => "Address",
        MemberField.Category => "Category",
        MemberField.Status => "Status",
        MemberField.JoinedOn => "Joining date",
        _ => field.ToString(),
    };

    private static readonly (MemberField Field, string[] Headers)[] Synonyms =
    [
        (MemberField.NameAr, ["الاسم بالعربية", "الاسم الكامل بالعربية", "nom en arabe", "nom arabe", "name in arabic", "arabic name"]),
        (MemberField.NameLatin, ["nom en latin", "nom latin", "nom en francais", "name in latin letters", "latin name"]),
        (MemberField.FirstName, ["الاسم الشخصي", "prenom", "first name", "given name"]),
        (MemberField.Name, ["النسب", "الاسم العائلي", "nom de famille", "last name", "family name", "surname", "الاسم", "الاسم الكامل", "الاسم والنسب", "nom", "nom complet", "nom et prenom", "nom prenom", "prenom et nom", "name", "full name", "member"]),
        (MemberField.NationalId, ["cin", "cnie", "رقم البطاقة الوطنية", "البطاقة الوطنية", "رقم البطاقة", "national id", "national id number", "id number", "numero cin"]),
        (MemberField.Phone, ["الهاتف", "رقم الهاتف", "telephone", "tel", "gsm", "mobile", "portable", "phone", "phone number"]),
        (MemberField.Email, ["البريد الالكتروني", "email", "e mail", "mail", "courriel", "adresse e mail", "adresse email"]),
        (MemberField.Address, ["العنوان", "adresse", "address"]),
        (MemberField.Category, ["الصفة", "الفئة", "categorie", "category", "type", "qualite"]),
        (MemberField.Status, ["الوضعية", "الحالة", "statut", "status", "etat"]),
        (MemberField.JoinedOn, ["تاريخ الانخراط", "تاريخ الانضمام", "date d adhesion", "date adhesion", "adhesion", "date d inscription", "joined", "joining date", "date joined"]),
    ];

    /// <summary>Exact header matches first, then headers that contain a known word; a column feeds one field at most.</summary>
    public static Dictionary<MemberField, int> Guess(IReadOnlyList<string> headers)
    {
        var folded = headers.Select(TextFolding.Fold).ToArray();
        var mapping = new Dictionary<MemberField, int>();
        foreach (var exact in new[] { true, false })
        {
            foreach (var (field, names) in Synonyms)
            {
                if (mapping.ContainsKey(field))
                {
                    continue;
                }

                var foldedNames = names.Select(TextFolding.Fold).ToArray();
                var column = Enumerable.Range(0, folded.Length)
                    .FirstOrDefault(i => !mapping.ContainsValue(i) && foldedNames.Any(n => exact ? folded[i] == n : n.Length >= 3 && folded[i].Contains(n, StringComparison.Ordinal)), -1);
                if (column >= 0)
                {
                    mapping[field] = column;
                }
            }
        }

        // A file with separate Arabic and Latin name columns needs no "either" column.
        if (mapping.ContainsKey(MemberField.Name) && mapping.ContainsKey(MemberField.NameAr) && mapping.ContainsKey(MemberField.NameLatin))
        {
            mapping.Remove(MemberField.Name);
        }

        return mapping;
    }
}
