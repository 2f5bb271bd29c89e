namespace Nassij.Web.Features.Workspace.Governance;

public sealed record Tally(int For, int Against, int Abstain);

/// <summary>Quorum, majority, notice and terms: the one place each statutory rule is computed.</summary>
public static class GovernanceRules
{
    /// <summary>A share of 50 % reads "more than half"; any other share reads "at least".</summary>
    public static bool Reaches(int part, int whole, int percent) =>
        whole > 0 && (percent == 50 ? part * 2 > whole : part * 100 >= percent * whole);

    /// <summary>Members present or represented by a proxy count toward the quorum; a second call needs no quorum
    /// when the statutes allow it.</summary>
    public static bool QuorumReached(BodyRules rules, MeetingKind kind, int entitled, int present, int represented, bool secondCall) =>
        (secondCall && rules.SecondCallAfterDays > 0) || Reaches(present + represented, entitled, Quorum(rules, kind));

    /// <summary>How many must be present or represented for the quorum (what the live counter shows).</summary>
    public static int QuorumNeeded(BodyRules rules, MeetingKind kind, int entitled)
    {
        var percent = Quorum(rules, kind);
        return percent == 50 ? entitled / 2 + 1 : (int)Math.Ceiling(percent * entitled / 100m);
    }

    public static bool Passes(BodyRules rules, MeetingKind kind, Tally tally)
    {
        var cast = tally.For + tally.Against + (rules.AbstentionsCount ? tally.Abstain : 0);
        return Reaches(tally.For, cast, kind == MeetingKind.Extraordinary ? rules.ExtraordinaryMajorityPercent : rules.OrdinaryMajorityPercent);
    }

    /// <summary>The last day the convocation can go out for the meeting to be validly called.</summary>
    public static DateOnly ConvokeBy(BodyRules rules, DateOnly meetingOn) => meetingOn.AddDays(-rules.NoticeDays);

    public static bool NoticeRespected(BodyRules rules, DateOnly sentOn, DateOnly meetingOn) =>
        meetingOn.DayNumber - sentOn.DayNumber >= rules.NoticeDays;

    public static DateOnly TermEnds(BodyRules rules, DateOnly electedOn) => electedOn.AddYears(rules.TermYears);

    /// <summary>Any change of the board or the statutes is declared to the local authority within one month
    /// (Dahir of 15 November 1958, art. 5).</summary>
    public static DateOnly DeclarationDue(DateOnly decidedOn) => decidedOn.AddMonths(1);

    public static bool MayHoldProxy(BodyRules rules, int proxiesAlreadyHeld) => proxiesAlreadyHeld < rules.MaxProxiesPerMember;

    private static int Quorum(BodyRules rules, MeetingKind kind) =>
        kind == MeetingKind.Extraordinary ? rules.ExtraordinaryQuorumPercent : rules.OrdinaryQuorumPercent;
}
