using Nassij.Web.Features.Funding.Applications;

namespace Nassij.Web.Features.Funding.Selection;

public sealed record Ranked(int Id, decimal Requested);

public sealed record Proposal(int Id, ApplicationState State, decimal? Granted, int Rank);

/// <summary>How the committee ranks and selects. The tie rule is published with the results: a higher average first;
/// at equal averages the smaller request first (more projects are funded), then the earlier submission.</summary>
public static class SelectionRules
{
    public const int DefaultWaitingList = 10;

    public static IOrderedQueryable<Application> InRankOrder(IQueryable<Application> applications) =>
        applications.OrderByDescending(a => a.AverageScore).ThenBy(a => a.RequestedTotal).ThenBy(a => a.SubmittedAt).ThenBy(a => a.Id);

    /// <summary>Selects in strict rank order while the envelope allows; the first that does not fit and those after it
    /// go to the waiting list (as many as asked), the rest are not selected. Never exceeds the envelope.</summary>
    public static IReadOnlyList<Proposal> Propose(IReadOnlyList<Ranked> ranked, decimal envelope, int waitingList = DefaultWaitingList)
    {
        var proposals = new List<Proposal>(ranked.Count);
        var committed = 0m;
        var full = false;
        var waiting = 0;
        for (var i = 0; i < ranked.Count; i++)
        {
            var application = ranked[i];
            if (!full && committed + application.Requested <= envelope)
            {
                committed += application.Requested;
                proposals.Add(new(application.Id, ApplicationState.Selected, application.Requested, i + 1));
                continue;
            }

            full = true;
            var state = waiting++ < waitingList ? ApplicationState.Waitlisted : ApplicationState.NotSelected;
            proposals.Add(new(application.Id, state, null, i + 1));
        }

        return proposals;
    }

    public static bool WithinEnvelope(decimal selectedTotal, decimal envelope) => selectedTotal <= envelope;

    public static bool IsDecided(ApplicationState state) => state is ApplicationState.Selected or ApplicationState.Waitlisted or ApplicationState.NotSelected;
}
