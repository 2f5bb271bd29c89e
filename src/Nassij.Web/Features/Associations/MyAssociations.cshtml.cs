using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Associations;

public sealed record MyAssociationRow(int Id, string NameAr, string NameFr, VerificationStatus Status, string? StatusReason, Role Role);

/// <summary>The associations a person acts for; they choose which one to work on.</summary>
[Authorize]
public sealed class MyAssociationsModel(NassijDb db) : PageModel
{
    public IReadOnlyList<MyAssociationRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancel)
    {
        var personId = User.PersonId();
        Rows = await db.RoleGrants.AsNoTracking()
            .Where(g => g.PersonId == personId && g.AssociationId != null)
            .OrderBy(g => g.Association!.NameAr)
            .Take(100)
            .Select(g => new MyAssociationRow(g.Association!.Id, g.Association.NameAr, g.Association.NameFr, g.Association.Status, g.Association.StatusReason, g.Role))
            .ToListAsync(cancel);
    }
}
