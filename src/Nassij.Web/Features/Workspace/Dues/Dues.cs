using Nassij.Web.Features.Workspace.Members;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Workspace.Dues;

/// <summary>What members of a category pay for a year, and by when (the statutes or the general assembly set it).</summary>
public sealed class FeeSchedule
{
    public int Id { get; set; }
    public int AssociationId { get; set; }
    public int Year { get; set; }
    public MemberCategory Category { get; set; }
    public decimal Amount { get; set; }
    public DateOnly DueOn { get; set; }
}

/// <summary>One member's dues for one year: what is owed, what was paid. Kept up to date by <see cref="DuesLedger"/>
/// so that "who is in arrears" is an indexed query, not a sum over every payment.</summary>
public sealed class MemberDues : IVersioned
{
    public int Id { get; set; }
    public int AssociationId { get; set; }
    public int MemberId { get; set; }
    public Member? Member { get; set; }
    public int Year { get; set; }
    public decimal Owed { get; set; }
    public decimal Paid { get; set; }
    public DateOnly DueOn { get; set; }

    /// <summary>Paid in full (or nothing owed): stored because SQLite cannot compare decimals in a query.</summary>
    public bool Settled { get; set; }
    public DateTimeOffset? RemindedAt { get; set; }
    public int Version { get; set; }

    public DuesStanding Standing(DateOnly today) => DuesRules.Standing(Owed, Paid, DueOn, today);

    public void Settle() => Settled = Paid >= Owed;
}

public enum PaymentMethod
{
    Cash = 1,
    Transfer = 2,
    Cheque = 3,
}

/// <summary>A payment of dues, with its numbered receipt. A mistake is cancelled (with its reason), never deleted or edited.</summary>
public sealed class DuesPayment
{
    public int Id { get; set; }
    public int AssociationId { get; set; }
    public int MemberId { get; set; }
    public Member? Member { get; set; }
    public int Year { get; set; }
    public decimal Amount { get; set; }
    public DateOnly PaidOn { get; set; }
    public PaymentMethod Method { get; set; }
    public string? Reference { get; set; }

    /// <summary>Receipts are numbered per association and calendar year of payment, without gaps: 2026-0001, 2026-0002…</summary>
    public int ReceiptYear { get; set; }
    public int ReceiptNumber { get; set; }
    public Guid? RecordedById { get; set; }
    public string? RecordedByName { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public string? CancelReason { get; set; }

    public string Receipt => $"{ReceiptYear}-{ReceiptNumber:0000}";
}
