using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Features.Funding.Calls;

namespace Nassij.Web.Features.Funding.Evaluations;

/// <summary>The rules of scoring: every criterion scored within its maximum and justified; the average of
/// the evaluators who did not recuse; a spread of more than a fifth of the grid flagged to the committee.</summary>
public static class Scoring
{
    public const decimal DisagreementShare = 0.20m;

    public static IReadOnlyList<Reason> Incomplete(Evaluation evaluation, IReadOnlyList<Criterion> grid)
    {
        var reasons = new List<Reason>();
        foreach (var criterion in grid.OrderBy(c => c.Number))
        {
            var score = evaluation.Scores.FirstOrDefault(s => s.CriterionId == criterion.Id);
            if (score?.Points is not { } points || points < 0 || points > criterion.MaxPoints)
            {
                reasons.Add(new("Criterion {0}: give between 0 and {1} points.", criterion.Number, criterion.MaxPoints));
            }

            if (string.IsNullOrWhiteSpace(score?.Justification))
            {
                reasons.Add(new("Criterion {0}: justify the points in writing.", criterion.Number));
            }
        }

        return reasons;
    }

    public static bool IsDisagreement(int? spread, int maxScore) => spread is { } s && maxScore > 0 && s > maxScore * DisagreementShare;

    /// <summary>Once every evaluation that counts is submitted, the application is evaluated with its average and spread.</summary>
    public static void Conclude(Application application, IReadOnlyList<Evaluation> evaluations)
    {
        var counting = evaluations.Where(e => e.Counts).ToList();
        var submitted = counting.Where(e => e.State == EvaluationState.Submitted && e.Total is not null).Select(e => e.Total!.Value).ToList();
        if (counting.Count == 0 || submitted.Count < counting.Count)
        {
            return;
        }

        application.AverageScore = Math.Round((decimal)submitted.Sum() / submitted.Count, 2);
        application.ScoreSpread = submitted.Max() - submitted.Min();
        if (application.State == ApplicationState.Eligible)
        {
            application.State = ApplicationState.Evaluated;
        }
    }
}
