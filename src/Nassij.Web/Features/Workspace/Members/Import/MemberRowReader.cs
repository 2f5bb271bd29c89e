using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Nassij.Web.Platform.Localization;

namespace Nassij.Web.Features.Workspace.Members.Import;

/// <summary>Why a row cannot be imported: the field concerned (null for the whole row) and the message's resource key,
/// a shared one when it comes from the member form's field formats.</summary>
public sealed record RowProblem(MemberField? Field, string Message, int? OtherRow = null, bool SharedText = false);

/// <summary>A row read against the mapping: the member as an officer would have typed it, or what is wrong.</summary>
public sealed record ReadRow(int Number, MemberForm Form, IReadOnlyList<RowProblem> Problems)
{
    public bool Accepted => Problems.Count == 0;
}

/// <summary>Turns a file's row into a member with the same rules as the member form, so a file cannot
/// bring in what an officer could not type.</summary>
public static class MemberRowReader
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "yyyy/MM/dd", "dd/MM/yy"];

    public static ReadRow Read(SheetRow row, IReadOnlyDictionary<MemberField, int> mapping, string consentPurpose, DateOnly today)
    {
        string? Cell(MemberField field) =>
            mapping.TryGetValue(field, out var column) && column < row.Cells.Length ? row.Cells[column] : null;

        var problems = new List<RowProblem>();
        var form = new MemberForm
        {
            NameAr = Cell(MemberField.NameAr),
            NameLatin = Cell(MemberField.NameLatin),
            NationalId = Cell(MemberField.NationalId)?.Replace(" ", string.Empty, StringComparison.Ordinal),
            Phone = PhoneOf(Cell(MemberField.Phone)),
            Email = Cell(MemberField.Email),
            Address = Cell(MemberField.Address),
            Consent = true,
            ConsentPurpose = consentPurpose,
            JoinedOn = today,
        };
        PlaceName(form, string.Join(' ', new[] { Cell(MemberField.FirstName), Cell(MemberField.Name) }.Where(n => n is not null)));

        if (Cell(MemberField.Category) is { } category)
        {
            if (Parse(category, CategoryWords) is { } c)
            {
                form.Category = (MemberCategory)c;
            }
            else
            {
                problems.Add(new(MemberField.Category, "Unknown category: write active, founding, honorary, youth or benefactor."));
            }
        }

        if (Cell(MemberField.Status) is { } status)
        {
            if (Parse(status, StatusWords) is { } s)
            {
                form.Status = (MemberStatus)s;
            }
            else
            {
                problems.Add(new(MemberField.Status, "Unknown status: write active, suspended or left."));
            }
        }

        if (Cell(MemberField.JoinedOn) is { } joined)
        {
            if (DateOf(joined) is { } date)
            {
                form.JoinedOn = date;
            }
            else
            {
                problems.Add(new(MemberField.JoinedOn, "This is not a date: write it as 31/12/2024."));
            }
        }

        problems.AddRange(Validate(form, today));
        return new ReadRow(row.Number, form, problems);
    }

    /// <summary>One column can hold names in either script: Arabic letters decide.</summary>
    private static void PlaceName(MemberForm form, string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        if (name.Any(c => c is >= '\u0600' and <= '\u06FF'))
        {
            form.NameAr ??= name;
        }
        else
        {
            form.NameLatin ??= name;
        }
    }

    private static IEnumerable<RowProblem> Validate(MemberForm form, DateOnly today)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(form, new ValidationContext(form), results, validateAllProperties: true);
        foreach (var result in results)
        {
            yield return new(FieldOf(result.MemberNames.FirstOrDefault()), result.ErrorMessage ?? "This field is not valid.", SharedText: true);
        }

        foreach (var breach in MemberRules.Check(form, today))
        {
            yield return new(FieldOf(breach.Field), breach.Message);
        }
    }

    private static MemberField? FieldOf(string? property) => property switch
    {
        nameof(MemberForm.NameAr) => MemberField.NameAr,
        nameof(MemberForm.NameLatin) => MemberField.NameLatin,
        nameof(MemberForm.NationalId) => MemberField.NationalId,
        nameof(MemberForm.Phone) => MemberField.Phone,
        nameof(MemberForm.Email) => MemberField.Email,
        nameof(MemberForm.Address) => MemberField.Address,
        nameof(MemberForm.JoinedOn) => MemberField.JoinedOn,
        _ => null,
    };

    /// <summary>Spreadsheets store phone numbers as numbers and drop the leading zero of Moroccan mobiles.</summary>
    internal static string? PhoneOf(string? cell)
    {
        if (cell is null)
        {
            return null;
        }

        var phone = cell.Trim();
        return phone.Length == 9 && phone.All(char.IsAsciiDigit) && phone[0] is '5' or '6' or '7' ? "0" + phone : phone;
    }

    internal static DateOnly? DateOf(string cell) =>
        DateOnly.TryParseExact(cell.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        // Dates typed in a CSV by Excel can carry a time.
        : DateTime.TryParseExact(cell.Trim(), ["yyyy-MM-dd HH:mm:ss", "dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? DateOnly.FromDateTime(time)
        : null;

    private static readonly Dictionary<string, int> CategoryWords = Vocabulary(
    [
        ((int)MemberCategory.Active, ["active", "actif", "active member", "membre actif", "عضو", "عامل", "عضو عامل", "نشيط", "عضو نشيط", "ordinaire", "membre"]),
        ((int)MemberCategory.Founding, ["founding", "founder", "fondateur", "membre fondateur", "مؤسس", "عضو مؤسس"]),
        ((int)MemberCategory.Honorary, ["honorary", "honoraire", "membre d honneur", "d honneur", "شرفي", "عضو شرفي"]),
        ((int)MemberCategory.Youth, ["youth", "jeune", "jeunes", "junior", "شاب", "شباب", "يافع"]),
        ((int)MemberCategory.Benefactor, ["benefactor", "bienfaiteur", "donateur", "محسن", "داعم", "عضو داعم"]),
    ]);

    private static readonly Dictionary<string, int> StatusWords = Vocabulary(
    [
        ((int)MemberStatus.Active, ["active", "actif", "active member", "en regle", "نشيط", "عامل", "فعال"]),
        ((int)MemberStatus.Suspended, ["suspended", "suspendu", "موقوف", "معلق"]),
        ((int)MemberStatus.Left, ["left", "parti", "demissionnaire", "radie", "ancien", "منسحب", "مستقيل", "غادر"]),
    ]);

    private static Dictionary<string, int> Vocabulary((int Value, string[] Words)[] words) =>
        words.SelectMany(w => w.Words.Select(word => (Key: TextFolding.Fold(word), w.Value)))
            .DistinctBy(w => w.Key)
            .ToDictionary(w => w.Key, w => w.Value, StringComparer.Ordinal);

    private static int? Parse(string cell, Dictionary<string, int> vocabulary) =>
        vocabulary.TryGetValue(TextFolding.Fold(cell), out var value) ? value : null;
}
