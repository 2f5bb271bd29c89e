using System.Security.Claims;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Funding.Applications;

/// <summary>The one filter for what an association's officers may see and change: their associations' applications.</summary>
public static class OfficerApplications
{
    public static IQueryable<Application> Of(NassijDb db, ClaimsPrincipal user)
    {
        var me = user.PersonId();
        return db.Applications.Where(a => db.RoleGrants.Any(g => g.PersonId == me && g.AssociationId == a.AssociationId
            && Roles.Officers.Contains(g.Role)));
    }
}
