using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Funding.Applications;

public enum ApplicationState
{
    Draft = 1,
    Submitted = 2,
    Eligible = 3,
    Ineligible = 4,
    Evaluated = 5,
    Selected = 6,
    Waitlisted = 7,
    NotSelected = 8,
    Withdrawn = 9,
}

public enum BudgetCategory
{
    Activities = 1,
    Equipment = 2,
    Staff = 3,
    Travel = 4,
    Communication = 5,
    Training = 6,
    Operating = 7,
    Other = 8,
}

/// <summary>One association's project for one lot of a call. Frozen once submitted: the fingerprint
/// on the receipt is computed from what was sent.</summary>
public sealed class Application : IVersioned
{
    public int Id { get; set; }
    public int CallId { get; set; }
    public int LotId { get; set; }
    public int AssociationId { get; set; }
    public ApplicationState State { get; set; } = ApplicationState.Draft;
    public string? Reference { get; set; }

    public string Title { get; set; } = string.Empty;
    public string Summary { get; set; } = string.Empty;
    public string Objectives { get; set; } = string.Empty;
    public string TargetGroup { get; set; } = string.Empty;
    public int? Beneficiaries { get; set; }

    /// <summary>The sum of the budget lines' requested amounts, kept for rankings and dashboards.</summary>
    public decimal RequestedTotal { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public Guid? SubmittedById { get; set; }
    public string? Fingerprint { get; set; }
    public string? ScreeningReason { get; set; }
    public DateTimeOffset? ScreenedAt { get; set; }

    /// <summary>The mean of the submitted evaluations' totals, kept for the committee's ranking.</summary>
    public decimal? AverageScore { get; set; }

    /// <summary>Highest total less lowest: a large spread is flagged to the committee.</summary>
    public int? ScoreSpread { get; set; }

    /// <summary>The amount the committee grants; at most what was requested.</summary>
    public decimal? GrantedAmount { get; set; }

    /// <summary>Place in the lot's ranking when the committee decided (1 = best).</summary>
    public int? Rank { get; set; }
    public int Version { get; set; }

    public List<ProjectActivity> Activities { get; set; } = [];
    public List<BudgetLine> Budget { get; set; } = [];
    public List<Indicator> Indicators { get; set; } = [];
    public List<ApplicationAttachment> Attachments { get; set; } = [];

    public bool IsDraft => State == ApplicationState.Draft;
}

public sealed class ProjectActivity
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public int Number { get; set; }
    public required string Title { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public required string Place { get; set; }
}

/// <summary>What a line costs, what is asked of the call and what others fund (quantity × unit cost = requested + co-funding).</summary>
public sealed class BudgetLine
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public int Number { get; set; }
    public BudgetCategory Category { get; set; }
    public required string Description { get; set; }
    public decimal Quantity { get; set; }
    public decimal UnitCost { get; set; }
    public decimal Requested { get; set; }

    /// <summary>What the association or other partners fund: the cost less what is requested.</summary>
    public decimal CoFunding { get; set; }
}

public sealed class Indicator
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public int Number { get; set; }
    public required string Label { get; set; }
    public decimal? Baseline { get; set; }
    public decimal? Target { get; set; }
}

/// <summary>A file sent with an application: for a required document of the call, or another one.</summary>
public sealed class ApplicationAttachment
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public int? RequiredDocumentId { get; set; }
    public Guid FileId { get; set; }
    public required string FileName { get; set; }
}
