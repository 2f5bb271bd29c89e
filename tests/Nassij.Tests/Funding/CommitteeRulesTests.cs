using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Features.Funding.Calls;
using Nassij.Web.Features.Funding.Evaluations;
using Nassij.Web.Features.Funding.Selection;

namespace Nassij.Tests.Funding;

public sealed class CommitteeRulesTests
{
    private static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid C = Guid.Parse("00000000-0000-0000-0000-00000000000c");

    [Fact]
    public void Assignments_go_to_the_least_loaded_and_keep_the_load_balanced()
    {
        var load = new Dictionary<Guid, int> { [A] = 3 };
        var counts = new Dictionary<Guid, int>();
        for (var i = 0; i < 30; i++)
        {
            foreach (var e in Assignment.Choose([A, B, C], load, new HashSet<Guid>(), 2))
            {
                counts[e] = counts.GetValueOrDefault(e) + 1;
            }
        }

        Assert.Equal(63, load.Values.Sum());
        Assert.True(load.Values.Max() - load.Values.Min() <= 1, string.Join(",", load.Values));
        Assert.True(counts[A] < counts[B]);
    }

    [Fact]
    public void An_evaluator_tied_to_the_applicant_or_who_recused_is_never_chosen()
    {
        var chosen = Assignment.Choose([A, B, C], [], new HashSet<Guid> { A, C }, 2);
        Assert.Equal([B], chosen);
    }

    [Fact]
    public void Every_criterion_needs_points_within_its_maximum_and_a_justification()
    {
        Criterion[] grid = [new() { Id = 1, Number = 1, LabelAr = "", LabelFr = "", MaxPoints = 10 }, new() { Id = 2, Number = 2, LabelAr = "", LabelFr = "", MaxPoints = 5 }];
        var evaluation = new Evaluation { Scores = [new() { CriterionId = 1, Points = 11, Justification = "ok" }, new() { CriterionId = 2, Points = 5, Justification = " " }] };
        Assert.Equal(["Criterion {0}: give between 0 and {1} points.", "Criterion {0}: justify the points in writing."], Scoring.Incomplete(evaluation, grid).Select(r => r.Key));
        evaluation.Scores[0].Points = 10;
        evaluation.Scores[1].Justification = "clair";
        Assert.Empty(Scoring.Incomplete(evaluation, grid));
    }

    [Fact]
    public void An_application_is_evaluated_once_every_evaluation_that_counts_is_submitted()
    {
        var application = new Application { State = ApplicationState.Eligible };
        var evaluations = new List<Evaluation>
        {
            new() { State = EvaluationState.Submitted, Total = 80 },
            new() { State = EvaluationState.Recused },
            new() { State = EvaluationState.InProgress },
        };
        Scoring.Conclude(application, evaluations);
        Assert.Equal(ApplicationState.Eligible, application.State);

        evaluations[2].State = EvaluationState.Submitted;
        evaluations[2].Total = 55;
        Scoring.Conclude(application, evaluations);
        Assert.Equal(ApplicationState.Evaluated, application.State);
        Assert.Equal(67.5m, application.AverageScore);
        Assert.Equal(25, application.ScoreSpread);
        Assert.True(Scoring.IsDisagreement(application.ScoreSpread, 100));
        Assert.False(Scoring.IsDisagreement(20, 100));
    }

    [Fact]
    public void Selection_follows_the_ranking_and_never_exceeds_the_envelope()
    {
        Ranked[] ranked = [new(1, 40_000), new(2, 30_000), new(3, 20_000), new(4, 10_000), new(5, 5_000)];
        var proposal = SelectionRules.Propose(ranked, 75_000, waitingList: 2);
        Assert.Equal(
            [ApplicationState.Selected, ApplicationState.Selected, ApplicationState.Waitlisted, ApplicationState.Waitlisted, ApplicationState.NotSelected],
            proposal.Select(p => p.State));
        Assert.True(proposal.Where(p => p.State == ApplicationState.Selected).Sum(p => p.Granted!.Value) <= 75_000);
        Assert.Equal([1, 2, 3, 4, 5], proposal.Select(p => p.Rank));
        Assert.DoesNotContain(SelectionRules.Propose([new(1, 100_001)], 100_000), p => p.State == ApplicationState.Selected);
    }
}
