namespace Nassij.Web.Features.Support.Cases;

/// <summary>Where cases of a topic and/or region wait for the advisers who answer them.
/// A null topic or region means "any"; a case goes to the most specific queue that matches.</summary>
public sealed class CaseQueue
{
    public int Id { get; set; }
    public required string NameAr { get; set; }
    public required string NameFr { get; set; }
    public CaseTopic? Topic { get; set; }
    public string? RegionCode { get; set; }

    /// <summary>New cases go to the queue's advisers in turn; otherwise they wait to be taken.</summary>
    public bool AutoAssign { get; set; } = true;

    /// <summary>The adviser who got the last case: round-robin starts after them.</summary>
    public Guid? LastAssignedId { get; set; }

    public List<QueueAdviser> Advisers { get; set; } = [];
}

public sealed class QueueAdviser
{
    public int QueueId { get; set; }
    public Guid PersonId { get; set; }
}

/// <summary>A ready-made answer advisers insert and adapt.</summary>
public sealed class CannedAnswer
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Language { get; set; }
    public required string Body { get; set; }
    public CaseTopic? Topic { get; set; }
}
