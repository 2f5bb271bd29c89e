using Nassij.Web.Features.Workspace.Governance;

namespace Nassij.Tests.Workspace;

public sealed class GovernanceRulesTests
{
    private static readonly BodyRules Assembly = BodyRules.Default(1, BodyKind.GeneralAssembly);

    [Theory]
    [InlineData(100, 50, 0, false)]
    [InlineData(100, 50, 1, true)]
    [InlineData(101, 50, 1, true)]
    [InlineData(101, 50, 0, false)]
    [InlineData(0, 0, 0, false)]
    public void The_ordinary_quorum_is_more_than_half_present_or_represented(int entitled, int present, int represented, bool reached) =>
        Assert.Equal(reached, GovernanceRules.QuorumReached(Assembly, MeetingKind.Ordinary, entitled, present, represented, secondCall: false));

    [Theory]
    [InlineData(90, 59, false)]
    [InlineData(90, 61, true)]
    [InlineData(100, 67, true)]
    [InlineData(100, 66, false)]
    public void The_extraordinary_quorum_is_two_thirds(int entitled, int present, bool reached) =>
        Assert.Equal(reached, GovernanceRules.QuorumReached(Assembly, MeetingKind.Extraordinary, entitled, present, 0, secondCall: false));

    [Fact]
    public void A_second_call_deliberates_whoever_comes_unless_the_statutes_say_otherwise()
    {
        Assert.True(GovernanceRules.QuorumReached(Assembly, MeetingKind.Ordinary, 100, 3, 0, secondCall: true));
        var strict = BodyRules.Default(1, BodyKind.Board);
        Assert.False(GovernanceRules.QuorumReached(strict, MeetingKind.Ordinary, 9, 3, 0, secondCall: true));
    }

    [Theory]
    [InlineData(100, 51)]
    [InlineData(101, 51)]
    [InlineData(9, 5)]
    public void The_live_counter_says_how_many_are_needed(int entitled, int needed) =>
        Assert.Equal(needed, GovernanceRules.QuorumNeeded(Assembly, MeetingKind.Ordinary, entitled));

    [Theory]
    [InlineData(10, 10, 5, false, false)]
    [InlineData(11, 10, 5, false, true)]
    [InlineData(11, 10, 5, true, false)]
    [InlineData(0, 0, 7, false, false)]
    public void A_resolution_passes_with_more_than_half_of_the_votes_cast(int yes, int no, int abstain, bool abstentionsCount, bool passes)
    {
        var rules = BodyRules.Default(1, BodyKind.GeneralAssembly);
        rules.AbstentionsCount = abstentionsCount;
        Assert.Equal(passes, GovernanceRules.Passes(rules, MeetingKind.Ordinary, new Tally(yes, no, abstain)));
    }

    [Theory]
    [InlineData(66, 34, false)]
    [InlineData(67, 33, true)]
    public void An_extraordinary_resolution_needs_two_thirds(int yes, int no, bool passes) =>
        Assert.Equal(passes, GovernanceRules.Passes(Assembly, MeetingKind.Extraordinary, new Tally(yes, no, 0)));

    [Fact]
    public void Notice_terms_and_the_declaration_deadline_follow_the_calendar()
    {
        var meeting = new DateOnly(2026, 6, 20);
        Assert.Equal(new DateOnly(2026, 6, 5), GovernanceRules.ConvokeBy(Assembly, meeting));
        Assert.True(GovernanceRules.NoticeRespected(Assembly, new DateOnly(2026, 6, 5), meeting));
        Assert.False(GovernanceRules.NoticeRespected(Assembly, new DateOnly(2026, 6, 6), meeting));
        Assert.Equal(new DateOnly(2030, 6, 20), GovernanceRules.TermEnds(Assembly, meeting));
        Assert.Equal(new DateOnly(2026, 2, 28), GovernanceRules.DeclarationDue(new DateOnly(2026, 1, 31)));
        Assert.True(GovernanceRules.MayHoldProxy(Assembly, 0));
        Assert.False(GovernanceRules.MayHoldProxy(Assembly, 1));
    }
}
