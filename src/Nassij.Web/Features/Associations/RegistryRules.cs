using Nassij.Web.Features.Shared;
using Nassij.Web.Platform.Geography;

namespace Nassij.Web.Features.Associations;

/// <summary>The registry's rules on an association's file, beyond a single field's format.</summary>
public static class RegistryRules
{
    public static IReadOnlyList<RuleBreach> Check(AssociationForm form, DateOnly today, Geography places)
    {
        var breaches = new List<RuleBreach>();
        // An empty province is already reported by the form's [Required]; here only an unknown code.
        if (!string.IsNullOrEmpty(form.ProvinceCode) && places.Province(form.ProvinceCode) is null)
        {
            breaches.Add(new(nameof(form.ProvinceCode), "Choose the prefecture or province."));
        }

        if (form.Domains.Count == 0)
        {
            breaches.Add(new(nameof(form.Domains), "Choose at least one domain of activity."));
        }

        NotInFuture(breaches, nameof(form.FoundedOn), form.FoundedOn, today);
        NotInFuture(breaches, nameof(form.ProvisionalReceiptOn), form.ProvisionalReceiptOn, today);
        NotInFuture(breaches, nameof(form.FinalReceiptOn), form.FinalReceiptOn, today);

        // The declaration follows the constitutive assembly; the final receipt follows the provisional one.
        if (form.FoundedOn > form.ProvisionalReceiptOn)
        {
            breaches.Add(new(nameof(form.ProvisionalReceiptOn), "The receipt cannot be older than the constitutive general assembly."));
        }

        if (form.FinalReceiptOn < form.ProvisionalReceiptOn)
        {
            breaches.Add(new(nameof(form.FinalReceiptOn), "The final receipt cannot be older than the provisional receipt."));
        }

        if (string.IsNullOrWhiteSpace(form.FinalReceiptNumber) != (form.FinalReceiptOn is null))
        {
            breaches.Add(new(form.FinalReceiptOn is null ? nameof(form.FinalReceiptOn) : nameof(form.FinalReceiptNumber),
                "Give both the number and the date of the final receipt."));
        }

        CheckBoard(form, breaches);
        return breaches;
    }

    private static void CheckBoard(AssociationForm form, List<RuleBreach> breaches)
    {
        var members = form.Board.Where(b => !b.IsEmpty).ToList();
        if (!members.Any(b => b.Office == Office.President))
        {
            breaches.Add(new("Board", "The board needs a president."));
        }

        for (var i = 0; i < form.Board.Count; i++)
        {
            if (!form.Board[i].IsEmpty && form.Board[i].Office is null)
            {
                breaches.Add(new($"Board[{i}].Office", "Choose the office."));
            }
        }

        var unique = new[] { Office.President, Office.Secretary, Office.Treasurer };
        foreach (var office in unique.Where(o => members.Count(b => b.Office == o) > 1))
        {
            breaches.Add(new("Board", "Only one person can hold each of president, secretary general and treasurer."));
            break;
        }
    }

    private static void NotInFuture(List<RuleBreach> breaches, string field, DateOnly? date, DateOnly today)
    {
        if (date > today)
        {
            breaches.Add(new(field, "This date cannot be in the future."));
        }
    }
}
