using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Platform.Mail;

public sealed record Recipient(int AssociationId, string Email, string DisplayName, string Language);

/// <summary>Who is told what happens to an association: its officers with an e-mail address, each in their language.</summary>
public static class Recipients
{
    public static Task<List<Recipient>> OfficersOf(NassijDb db, IReadOnlyCollection<int> associationIds, CancellationToken cancel = default) =>
        db.RoleGrants.AsNoTracking()
            .Where(g => g.AssociationId != null && associationIds.Contains(g.AssociationId.Value) && Roles.Officers.Contains(g.Role) && g.Person!.Email != null)
            .Select(g => new Recipient(g.AssociationId!.Value, g.Person!.Email!, g.Person.DisplayName, g.Person.Language))
            .Distinct()
            .ToListAsync(cancel);
}
