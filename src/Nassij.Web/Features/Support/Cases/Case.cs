namespace Nassij.Web.Features.Support.Cases;

public enum CaseTopic
{
    Legal = 1,
    Administrative = 2,
    Financial = 3,
    Funding = 4,
    Digital = 5,
    Other = 9,
}

public enum CaseChannel
{
    Web = 1,
    Phone = 2,
    Email = 3,
}

public enum CaseStatus
{
    New = 1,
    Open = 2,
    WaitingForRequester = 3,
    Resolved = 4,
    Closed = 5,
}

public static class CaseStatuses
{
    /// <summary>Not yet settled: what desks and backlogs count.</summary>
    public static readonly CaseStatus[] Live = [CaseStatus.New, CaseStatus.Open, CaseStatus.WaitingForRequester];
}

public enum CasePriority
{
    Low = 1,
    Normal = 2,
    High = 3,
    Urgent = 4,
}

/// <summary>A question put to the support centre, from whatever channel, followed until it is answered.</summary>
public sealed class Case
{
    public int Id { get; set; }

    /// <summary>SC-year-nnnnnn, what the requester quotes on the phone and in e-mail subjects.</summary>
    public string Reference { get; set; } = string.Empty;

    public CaseTopic Topic { get; set; }
    public required string RegionCode { get; set; }
    public CaseChannel Channel { get; set; }
    public CaseStatus Status { get; set; } = CaseStatus.New;
    public CasePriority Priority { get; set; } = CasePriority.Normal;
    public required string Subject { get; set; }

    public Guid? RequesterId { get; set; }
    public required string RequesterName { get; set; }
    public string? RequesterEmail { get; set; }
    public string? RequesterPhone { get; set; }
    public int? AssociationId { get; set; }
    public string Language { get; set; } = "ar";

    public int? QueueId { get; set; }
    public Guid? AssigneeId { get; set; }
    public DateTimeOffset? EscalatedAt { get; set; }
    public int? MergedIntoId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset LastActivityAt { get; set; }
    public DateTimeOffset? FirstRespondedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    // The service targets, in working time (see CaseClock).
    public DateTimeOffset FirstResponseDueAt { get; set; }
    public DateTimeOffset ResolutionDueAt { get; set; }
    public DateTimeOffset? PausedAt { get; set; }
    public int PausedWorkingMinutes { get; set; }

    /// <summary>The deadline that matters now (first response, else resolution); null while paused or done.
    /// Indexed: "about to breach" is a range scan, even over a million cases.</summary>
    public DateTimeOffset? NextDueAt { get; set; }
    public DateTimeOffset? WarnedForDueAt { get; set; }
    public bool? FirstResponseMet { get; set; }
    public bool? ResolutionMet { get; set; }

    public int? Rating { get; set; }
    public string? RatingComment { get; set; }

    /// <summary>Folded reference, subject, requester and association name (see TextFolding).</summary>
    public string SearchKey { get; set; } = string.Empty;
    public int Version { get; set; }

    public bool IsDone => Status is CaseStatus.Resolved or CaseStatus.Closed;
}
