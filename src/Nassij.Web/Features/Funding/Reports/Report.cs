using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Funding.Reports;

public enum ReportState
{
    Draft = 1,
    Submitted = 2,
    ChangesRequested = 3,
    Approved = 4,
    Rejected = 5,
}

/// <summary>The association's account of a tranche: what was done (narrative), what was spent against the budget
/// with each supporting document (financial), and the indicators reached. The last one is the final report.</summary>
public sealed class Report : IVersioned
{
    public int Id { get; set; }
    public int AgreementId { get; set; }
    public int TrancheNumber { get; set; }
    public bool IsFinal { get; set; }
    public ReportState State { get; set; } = ReportState.Draft;
    public string ActivitiesDone { get; set; } = string.Empty;
    public int? BeneficiariesReached { get; set; }
    public string Difficulties { get; set; } = string.Empty;
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public Guid? ReviewedById { get; set; }
    public string? ReviewNote { get; set; }
    public int Version { get; set; }

    public List<Expense> Expenses { get; set; } = [];
    public List<IndicatorValue> Indicators { get; set; } = [];

    public bool IsEditable => State is ReportState.Draft or ReportState.ChangesRequested;
}

/// <summary>One expense, against a budget line of the application, with its supporting document.</summary>
public sealed class Expense
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public int Number { get; set; }
    public int? BudgetLineNumber { get; set; }
    public string Description { get; set; } = string.Empty;
    public decimal Amount { get; set; }
    public DateOnly? SpentOn { get; set; }
    public string Payee { get; set; } = string.Empty;
    public Guid? FileId { get; set; }
    public string? FileName { get; set; }

    /// <summary>What staff ask to change on this line.</summary>
    public string? ReviewNote { get; set; }
}

public sealed class IndicatorValue
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public int IndicatorId { get; set; }
    public decimal? Value { get; set; }
}
