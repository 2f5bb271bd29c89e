using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Funding.Agreements;

public enum AgreementState
{
    Drafted = 1,
    SentForSignature = 2,
    SignedByAssociation = 3,
    Active = 4,
    Completed = 5,
    Terminated = 6,
}

public enum TrancheState
{
    Planned = 1,
    Releasable = 2,
    PaymentOrdered = 3,
    Paid = 4,
    Withheld = 5,
}

/// <summary>The convention between the ministry and a selected association. Its number and date go on every
/// entry of the association's books for this money (Head of Government circular 13/2022).</summary>
public sealed class Agreement : IVersioned
{
    public int Id { get; set; }
    public required string Number { get; set; }
    public int CallId { get; set; }
    public int ApplicationId { get; set; }
    public int AssociationId { get; set; }
    public decimal Amount { get; set; }
    public AgreementState State { get; set; } = AgreementState.Drafted;

    /// <summary>The agreement's date: the day the ministry countersigned it.</summary>
    public DateOnly? SignedOn { get; set; }

    public DateOnly InterimReportDueOn { get; set; }
    public DateOnly FinalReportDueOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SignedByAssociationAt { get; set; }
    public Guid? SignedByAssociationId { get; set; }
    public Guid? SignedScanFileId { get; set; }
    public DateTimeOffset? CountersignedAt { get; set; }
    public Guid? CountersignedById { get; set; }
    public string? TerminationReason { get; set; }
    public decimal? RefundDue { get; set; }

    /// <summary>SHA-256 of the one-time signing code sent by e-mail, with its expiry and failed tries.</summary>
    public string? CodeHash { get; set; }
    public DateTimeOffset? CodeExpiresAt { get; set; }
    public int CodeFailures { get; set; }
    public int Version { get; set; }

    public List<Tranche> Tranches { get; set; } = [];

    public decimal Paid => Tranches.Where(t => t.State == TrancheState.Paid).Sum(t => t.Amount);
}

/// <summary>A planned payment of an agreement. Paid at most once: the payment is a conditional update from PaymentOrdered.</summary>
public sealed class Tranche
{
    public int Id { get; set; }
    public int AgreementId { get; set; }
    public int Number { get; set; }
    public decimal Amount { get; set; }
    public TrancheState State { get; set; } = TrancheState.Planned;
    public string? PaymentOrderNumber { get; set; }
    public DateTimeOffset? OrderedAt { get; set; }
    public Guid? OrderedById { get; set; }
    public DateOnly? PaidOn { get; set; }
    public string? BankReference { get; set; }
    public Guid? PaidById { get; set; }
    public string? WithheldReason { get; set; }
}
