using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Support.Cases;

/// <summary>Who may read and act on a case: its requester (signed in, or holding the secret link),
/// the advisers of its queue and its assignee, and supervisors.</summary>
public sealed class CaseAccess(NassijDb db, CaseKeys keys)
{
    public bool IsRequester(ClaimsPrincipal user, Case c, string? key) =>
        (c.RequesterId is { } requester && user.PersonId() == requester) || keys.Matches(c, key);

    public static bool IsSupervisor(ClaimsPrincipal user) => user.Has(Role.SupportSupervisor) || user.Has(Role.Administrator);

    /// <summary>The cases this adviser works on: those of their queues, those given to them, and those no queue took.</summary>
    public IQueryable<Case> Workable(ClaimsPrincipal user)
    {
        if (IsSupervisor(user))
        {
            return db.Cases;
        }

        if (!user.Has(Role.SupportAdviser) || user.PersonId() is not { } me)
        {
            return db.Cases.Where(c => false);
        }

        return db.Cases.Where(c => c.AssigneeId == me || c.QueueId == null || db.Set<QueueAdviser>().Any(q => q.QueueId == c.QueueId && q.PersonId == me));
    }

    public Task<bool> CanWork(ClaimsPrincipal user, int caseId, CancellationToken cancel = default) =>
        Workable(user).AnyAsync(c => c.Id == caseId, cancel);
}
