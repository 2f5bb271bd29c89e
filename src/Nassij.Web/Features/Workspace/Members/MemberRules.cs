using Nassij.Web.Features.Shared;

namespace Nassij.Web.Features.Workspace.Members;

/// <summary>What a member's record must hold, beyond a single field's format.</summary>
public static class MemberRules
{
    public static IReadOnlyList<RuleBreach> Check(MemberForm form, DateOnly today)
    {
        var breaches = new List<RuleBreach>();
        if (string.IsNullOrWhiteSpace(form.NameAr) && string.IsNullOrWhiteSpace(form.NameLatin))
        {
            breaches.Add(new(nameof(form.NameAr), "Give the name in Arabic or in Latin letters."));
        }

        // Law 09-08: personal data are processed with the person's consent, for a stated purpose.
        if (!form.Consent)
        {
            breaches.Add(new(nameof(form.Consent), "Record the member's consent before saving their data."));
        }

        if (form.JoinedOn > today)
        {
            breaches.Add(new(nameof(form.JoinedOn), "This date cannot be in the future."));
        }

        return breaches;
    }

    public static void Apply(MemberForm form, Member member, DateOnly today)
    {
        member.NameAr = Clean(form.NameAr);
        member.NameLatin = Clean(form.NameLatin);
        member.NationalId = Clean(form.NationalId)?.ToUpperInvariant();
        member.Phone = Clean(form.Phone);
        member.Email = Clean(form.Email);
        member.Address = Clean(form.Address);
        member.Category = form.Category;
        member.Status = form.Status;
        member.JoinedOn = form.JoinedOn ?? today;
        if (member.ConsentPurpose != form.ConsentPurpose.Trim())
        {
            member.ConsentPurpose = form.ConsentPurpose.Trim();
            member.ConsentGivenOn = today;
        }

        member.Refresh();
    }

    public static MemberForm ToForm(Member m) => new()
    {
        NameAr = m.NameAr,
        NameLatin = m.NameLatin,
        NationalId = m.NationalId,
        Phone = m.Phone,
        Email = m.Email,
        Address = m.Address,
        Category = m.Category,
        Status = m.Status,
        JoinedOn = m.JoinedOn,
        Consent = true,
        ConsentPurpose = m.ConsentPurpose,
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
