using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;

namespace Nassij.Web.Features.Workspace.Members;

public enum MemberCategory
{
    Active = 1,
    Founding = 2,
    Honorary = 3,
    Youth = 4,
    Benefactor = 5,
}

public enum MemberStatus
{
    Active = 1,
    Suspended = 2,
    Left = 3,
}

/// <summary>A member of an association, kept by its officers. Personal data under law 09-08:
/// the member's consent and its purpose are recorded with the data.</summary>
public sealed class Member : IVersioned
{
    public int Id { get; set; }
    public int AssociationId { get; set; }
    public string? NameAr { get; set; }
    public string? NameLatin { get; set; }
    public string? NationalId { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
    public MemberCategory Category { get; set; } = MemberCategory.Active;
    public MemberStatus Status { get; set; } = MemberStatus.Active;
    public DateOnly JoinedOn { get; set; }
    public DateOnly ConsentGivenOn { get; set; }
    public required string ConsentPurpose { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Both names folded, then the phone, for forgiving search within the association.</summary>
    public string SearchKey { get; set; } = string.Empty;

    /// <summary>The name the list is sorted by: the Latin name, else the Arabic one.</summary>
    public string SortName { get; set; } = string.Empty;
    public int Version { get; set; }

    public string DisplayName(bool arabic) => (arabic ? NameAr ?? NameLatin : NameLatin ?? NameAr) ?? string.Empty;

    public void Refresh()
    {
        SearchKey = TextFolding.Fold($"{NameAr} {NameLatin} {NationalId} {Phone} {Email}");
        SortName = TextFolding.Fold(NameLatin ?? NameAr);
    }
}
