namespace Nassij.Web.Features.Funding.Evaluations;

/// <summary>Who evaluates what: the least-loaded committee members first, never one tied to the applicant
/// (an officer or member of the association) nor one who already recused themselves from it.</summary>
public static class Assignment
{
    public static IReadOnlyList<Guid> Choose(IReadOnlyList<Guid> committee, Dictionary<Guid, int> load, IReadOnlySet<Guid> excluded, int needed)
    {
        var chosen = committee.Where(e => !excluded.Contains(e))
            .OrderBy(e => load.GetValueOrDefault(e))
            .ThenBy(e => e)
            .Take(Math.Max(0, needed))
            .ToList();
        foreach (var evaluator in chosen)
        {
            load[evaluator] = load.GetValueOrDefault(evaluator) + 1;
        }

        return chosen;
    }
}
