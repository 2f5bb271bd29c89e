using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Features.Funding.Calls;
using Nassij.Web.Features.Funding.Evaluations;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Funding.Screening;

/// <summary>Gives each eligible application the evaluators it still needs, balancing the committee's load.</summary>
public sealed class Assigner(NassijDb db, TimeProvider clock)
{
    /// <summary>Returns how many evaluations were created. Applications the committee cannot cover stay as they are.</summary>
    public async Task<int> AssignCall(Call call, CancellationToken cancel = default)
    {
        var committee = call.Committee.Select(s => s.PersonId).ToList();
        var load = await Load(call.Id, cancel);
        var created = 0;
        var eligible = await db.Applications.Where(a => a.CallId == call.Id && a.State == ApplicationState.Eligible)
            .OrderBy(a => a.Id).Select(a => new { a.Id, a.AssociationId }).ToListAsync(cancel);
        foreach (var chunk in eligible.Chunk(500))
        {
            var ids = chunk.Select(a => a.Id).ToList();
            var existing = await db.Evaluations.Where(e => ids.Contains(e.ApplicationId))
                .Select(e => new { e.ApplicationId, e.EvaluatorId, e.State }).ToListAsync(cancel);
            var associations = chunk.Select(a => a.AssociationId).Distinct().ToList();
            var ties = await db.RoleGrants.Where(g => g.AssociationId != null && associations.Contains(g.AssociationId.Value) && committee.Contains(g.PersonId))
                .Select(g => new { AssociationId = g.AssociationId!.Value, g.PersonId }).ToListAsync(cancel);
            foreach (var application in chunk)
            {
                var mine = existing.Where(e => e.ApplicationId == application.Id).ToList();
                var needed = call.EvaluatorsPerApplication - mine.Count(e => e.State != EvaluationState.Recused);
                var excluded = mine.Select(e => e.EvaluatorId).Concat(ties.Where(t => t.AssociationId == application.AssociationId).Select(t => t.PersonId)).ToHashSet();
                foreach (var evaluator in Assignment.Choose(committee, load, excluded, needed))
                {
                    db.Evaluations.Add(new Evaluation { CallId = call.Id, ApplicationId = application.Id, EvaluatorId = evaluator, AssignedAt = clock.GetUtcNow() });
                    created++;
                }
            }

            await db.SaveChangesAsync(cancel);
        }

        return created;
    }

    /// <summary>Replaces one evaluator on one application by the least-loaded member who is free to evaluate it.</summary>
    public async Task<Guid?> Replace(Call call, Application application, Guid leaving, CancellationToken cancel = default)
    {
        var committee = call.Committee.Select(s => s.PersonId).ToList();
        var load = await Load(call.Id, cancel);
        var excluded = await Excluded(application, committee, cancel);
        excluded.Add(leaving);
        var chosen = Assignment.Choose(committee, load, excluded, 1);
        if (chosen.Count == 0)
        {
            return null;
        }

        db.Evaluations.Add(new Evaluation { CallId = call.Id, ApplicationId = application.Id, EvaluatorId = chosen[0], AssignedAt = clock.GetUtcNow() });
        return chosen[0];
    }

    public async Task<HashSet<Guid>> Excluded(Application application, IReadOnlyList<Guid> committee, CancellationToken cancel = default)
    {
        var already = await db.Evaluations.Where(e => e.ApplicationId == application.Id).Select(e => e.EvaluatorId).ToListAsync(cancel);
        var tied = await db.RoleGrants.Where(g => g.AssociationId == application.AssociationId && committee.Contains(g.PersonId)).Select(g => g.PersonId).ToListAsync(cancel);
        return [.. already, .. tied];
    }

    private async Task<Dictionary<Guid, int>> Load(int callId, CancellationToken cancel) =>
        await db.Evaluations.Where(e => e.CallId == callId && e.State != EvaluationState.Recused)
            .GroupBy(e => e.EvaluatorId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancel);
}
