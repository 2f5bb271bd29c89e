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

    public static bool CanOversee(ClaimsPrincipal user, string regionCode)
    {
        if (!user.IsStaff())
        {
            return false;
        }

        var scope = user.RegionScope();
        return scope is null || scope == regionCode;
    }
}
