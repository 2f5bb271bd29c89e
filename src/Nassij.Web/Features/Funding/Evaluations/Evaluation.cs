using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Funding.Evaluations;

public enum EvaluationState
{
    Assigned = 1,
    Recused = 2,
    InProgress = 3,
    Submitted = 4,
}

/// <summary>One evaluator's scores on one application, or their recusal for a conflict of interest.
/// Locked once submitted.</summary>
public sealed class Evaluation : IVersioned
{
    public int Id { get; set; }
    public int CallId { get; set; }
    public int ApplicationId { get; set; }
    public Guid EvaluatorId { get; set; }
    public EvaluationState State { get; set; } = EvaluationState.Assigned;
    public DateTimeOffset AssignedAt { get; set; }
    public DateTimeOffset? DeclaredAt { get; set; }
    public string? ConflictReason { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>The sum of the points, kept when submitted for rankings.</summary>
    public int? Total { get; set; }
    public int Version { get; set; }

    public List<Score> Scores { get; set; } = [];

    public bool Counts => State != EvaluationState.Recused;
}

/// <summary>The points given on one criterion, always with their justification.</summary>
public sealed class Score
{
    public int Id { get; set; }
    public int EvaluationId { get; set; }
    public int CriterionId { get; set; }
    public int? Points { get; set; }
    public string Justification { get; set; } = string.Empty;
}
