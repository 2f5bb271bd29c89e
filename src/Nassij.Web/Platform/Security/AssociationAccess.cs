using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Platform.Security;

/// <summary>The one place that answers "may this person act for this association?".</summary>
public sealed class AssociationAccess(NassijDb db)
{
    public async Task<IReadOnlyList<Role>> RolesIn(ClaimsPrincipal user, int associationId)
    {
        var personId = user.PersonId();
        if (personId is null)
        {
            return [];
        }

        return await db.RoleGrants
            .Where(g => g.PersonId == personId && g.AssociationId == associationId)
            .Select(g => g.Role)
            .ToListAsync();
    }

    public async Task<bool> IsOfficerOf(ClaimsPrincipal user, int associationId) =>
        (await RolesIn(user, associationId)).Any(Roles.IsOfficer);

    /// <summary>Staff who oversee the association's region, or its officers.</summary>
    public async Task<bool> CanSeePrivateFile(ClaimsPrincipal user, int associationId, string regionCode) =>
        CanOversee(user, regionCode) || await IsOfficerOf(user, associationId);

    /// <summary>Evaluators and trainers are staff too, but do not read associations' private files:
    /// an evaluator reads only the applications assigned to them.</summary>
    private static readonly Role[] Overseers = [Role.Administrator, Role.CallManager, Role.FinanceOfficer, Role.SupportAdviser, Role.RegionalCoordinator];

    public static bool CanOversee(ClaimsPrincipal user, string regionCode)
    {
        if (!Overseers.Any(user.Has))
        {
            return false;
        }

        var scope = user.RegionScope();
        return scope is null || scope == regionCode;
    }
}
