using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace;

/// <summary>The association a workspace page acts for, and what the signed-in person may do in it.</summary>
public sealed record WorkspaceContext(int Id, string NameAr, string NameFr, IReadOnlyList<Role> Roles)
{
    public string Name => Arabic ? NameAr : NameFr;
    public bool IsOfficer => Roles.Any(Platform.Security.Roles.IsOfficer);
    public bool IsTreasurer => Roles.Contains(Role.Treasurer) || Roles.Contains(Role.President);
    public static bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    /// <summary>Null when the person holds no role in the association: the page then answers 404, never revealing it exists.</summary>
    public static async Task<WorkspaceContext?> Load(NassijDb db, AssociationAccess access, ClaimsPrincipal user, int id, CancellationToken cancel = default)
    {
        // One round trip for the roles and the name: every workspace page starts here.
        var personId = user.PersonId();
        var grants = personId is null ? [] : await db.RoleGrants.AsNoTracking()
            .Where(g => g.PersonId == personId && g.AssociationId == id)
            .Select(g => new { g.Role, g.Association!.NameAr, g.Association.NameFr })
            .ToListAsync(cancel);
        return grants.Count == 0 ? null : new WorkspaceContext(id, grants[0].NameAr, grants[0].NameFr, [.. grants.Select(g => g.Role)]);
    }

    /// <summary>The workspace as a member without a role sees it: their own page only.</summary>
    public static async Task<WorkspaceContext> ForMember(NassijDb db, int id, CancellationToken cancel)
    {
        var names = await db.Associations.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.NameAr, a.NameFr }).SingleAsync(cancel);
        return new WorkspaceContext(id, names.NameAr, names.NameFr, []);
    }
}
