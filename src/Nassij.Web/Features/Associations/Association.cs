using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;

namespace Nassij.Web.Features.Associations;

public enum LegalForm
{
    Association = 1,
    Union = 2,
    Federation = 3,
    PublicUtility = 4,
}

public enum VerificationStatus
{
    Pending = 0,
    Verified = 1,
    ChangesRequested = 2,
    Rejected = 3,
}

/// <summary>An association as declared under the Dahir of 15 November 1958, and its standing on the platform.</summary>
public sealed class Association : IVersioned
{
    public int Id { get; set; }
    public required string NameAr { get; set; }
    public required string NameFr { get; set; }
    public string? Acronym { get; set; }
    public LegalForm LegalForm { get; set; } = LegalForm.Association;
    public DateOnly? FoundedOn { get; set; }

    public DateOnly? ProvisionalReceiptOn { get; set; }
    public Guid? ProvisionalReceiptFileId { get; set; }
    public string? FinalReceiptNumber { get; set; }
    public DateOnly? FinalReceiptOn { get; set; }
    public Guid? FinalReceiptFileId { get; set; }
    public string? ReceiptAuthority { get; set; }
    public Guid? StatutesFileId { get; set; }

    public required string Address { get; set; }
    public required string RegionCode { get; set; }
    public required string ProvinceCode { get; set; }
    public string? Commune { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }

    public VerificationStatus Status { get; set; }
    public string? StatusReason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? VerifiedAt { get; set; }

    /// <summary>Both names and the acronym, folded for forgiving search (see TextFolding).</summary>
    public string SearchKey { get; set; } = string.Empty;
    public int Version { get; set; }

    public List<BoardMember> Board { get; set; } = [];
    public long DomainMask { get; set; }

    public IEnumerable<Domain> Domains => Associations.DomainMask.Domains(DomainMask);

    public void RefreshSearchKey() => SearchKey = TextFolding.Fold($"{NameAr} {NameFr} {Acronym}");

    public string DisplayName(bool arabic) => arabic ? NameAr : NameFr;

    /// <summary>Dahir 1958 art. 5: without a final receipt 60 days after the provisional one,
    /// the association may operate under its statutes.</summary>
    public LegalStanding Standing(DateOnly today) => LegalStanding.For(ProvisionalReceiptOn, FinalReceiptOn, today);

    public Decision Verify(DateTimeOffset now) => Decide(VerificationStatus.Verified, null, now);

    public Decision Reject(string reason, DateTimeOffset now) => Decide(VerificationStatus.Rejected, reason, now);

    public Decision RequestChanges(string whatToChange, DateTimeOffset now) => Decide(VerificationStatus.ChangesRequested, whatToChange, now);

    /// <summary>Officers edited the file after staff asked for changes: it goes back to the queue.</summary>
    public void Resubmit()
    {
        if (Status == VerificationStatus.ChangesRequested)
        {
            Status = VerificationStatus.Pending;
        }
    }

    private Decision Decide(VerificationStatus to, string? reason, DateTimeOffset now)
    {
        if (Status is VerificationStatus.Verified or VerificationStatus.Rejected && to != VerificationStatus.ChangesRequested)
        {
            return Decision.AlreadyDecided;
        }

        if (to != VerificationStatus.Verified && string.IsNullOrWhiteSpace(reason))
        {
            return Decision.ReasonRequired;
        }

        Status = to;
        StatusReason = reason?.Trim();
        VerifiedAt = to == VerificationStatus.Verified ? now : VerifiedAt;
        return Decision.Done;
    }
}

public enum Decision
{
    Done,
    ReasonRequired,
    AlreadyDecided,
}
