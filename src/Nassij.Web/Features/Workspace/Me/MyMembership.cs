using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Workspace.Members;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Workspace.Me;

/// <summary>Which member record is the signed-in person's: the one the association keeps under their e-mail address.
/// Sign-in requires a confirmed address, so the address proves the person.</summary>
public static class MyMembership
{
    public static string? EmailOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email);

    public static Task<Member?> In(NassijDb db, ClaimsPrincipal user, int associationId, CancellationToken cancel) =>
        EmailOf(user) is { } email
            ? db.Members.AsNoTracking().Where(m => m.AssociationId == associationId && m.Email == email && m.Status != MemberStatus.Left)
                .OrderBy(m => m.Id).FirstOrDefaultAsync(cancel)
            : Task.FromResult<Member?>(null);

    /// <summary>The associations where the person is a member on record, for the way into the workspace.</summary>
    public static async Task<IReadOnlyList<(int Id, string NameAr, string NameFr)>> Associations(NassijDb db, ClaimsPrincipal user, CancellationToken cancel)
    {
        if (EmailOf(user) is not { } email)
        {
            return [];
        }

        var rows = await db.Members.AsNoTracking().Where(m => m.Email == email && m.Status != MemberStatus.Left)
            .Join(db.Associations, m => m.AssociationId, a => a.Id, (m, a) => new { a.Id, a.NameAr, a.NameFr })
            .OrderBy(a => a.Id).Take(50).ToListAsync(cancel);
        return [.. rows.DistinctBy(r => r.Id).Select(r => (r.Id, r.NameAr, r.NameFr))];
    }
}
