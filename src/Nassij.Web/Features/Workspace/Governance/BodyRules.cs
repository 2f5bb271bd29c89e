namespace Nassij.Web.Features.Workspace.Governance;

public enum BodyKind
{
    GeneralAssembly = 1,
    Board = 2,
}

public enum MeetingKind
{
    Ordinary = 1,

    /// <summary>Amending the statutes, dissolving, merging: the statutes ask for more.</summary>
    Extraordinary = 2,
}

/// <summary>What the statutes say about one body: who may sit, how many must come, how many must agree, how early
/// they are called, how long a mandate lasts. The law leaves all of it to the statutes (Dahir of 15 November 1958);
/// the defaults are the common Moroccan model statutes.</summary>
public sealed class BodyRules
{
    public int Id { get; set; }
    public int AssociationId { get; set; }
    public BodyKind Body { get; set; }

    /// <summary>Share of members entitled to vote who must be present or represented, in percent; a share of 50
    /// means "more than half" (the absolute majority), any other share "at least".</summary>
    public int OrdinaryQuorumPercent { get; set; } = 50;
    public int ExtraordinaryQuorumPercent { get; set; } = 67;

    /// <summary>When the first call lacks the quorum, the second call (held at least this many days later)
    /// deliberates whoever comes; 0 means the quorum always applies.</summary>
    public int SecondCallAfterDays { get; set; } = 15;

    /// <summary>Share of the votes cast needed to pass, with the same "50 = more than half" reading.</summary>
    public int OrdinaryMajorityPercent { get; set; } = 50;
    public int ExtraordinaryMajorityPercent { get; set; } = 67;

    /// <summary>Whether abstentions count among the votes cast (they then weigh against).</summary>
    public bool AbstentionsCount { get; set; }
    public int NoticeDays { get; set; } = 15;
    public int TermYears { get; set; } = 4;
    public int MaxProxiesPerMember { get; set; } = 1;

    public static BodyRules Default(int associationId, BodyKind body) => body == BodyKind.Board
        ? new() { AssociationId = associationId, Body = body, NoticeDays = 7, SecondCallAfterDays = 0, MaxProxiesPerMember = 0 }
        : new() { AssociationId = associationId, Body = body };
}
