using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace;

public sealed record WorkspaceChoice(int Id, string Name, Role Role, bool OwnPageOnly = false)
{
    public string Link => OwnPageOnly ? $"/workspace/{Id}/me" : $"/workspace/{Id}";
}

/// <summary>The way in: straight to the association's workspace, or a choice when the person acts for several.</summary>
[Authorize]
public sealed class IndexModel(NassijDb db) : PageModel
{
    public IReadOnlyList<WorkspaceChoice> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        var personId = User.PersonId();
        var arabic = WorkspaceContext.Arabic;
        var grants = await db.RoleGrants.AsNoTracking()
            .Where(g => g.PersonId == personId && g.AssociationId != null)
            .OrderBy(g => g.AssociationId).ThenBy(g => g.Role)
            .Select(g => new WorkspaceChoice(g.AssociationId!.Value, arabic ? g.Association!.NameAr : g.Association!.NameFr, g.Role))
            .Take(100)
            .ToListAsync(cancel);
        // Members on record without a role come in too, to their own page.
        var memberships = await Me.MyMembership.Associations(db, User, cancel);
        Choices = [.. grants.DistinctBy(g => g.Id), .. memberships.Where(m => grants.All(g => g.Id != m.Id)).Select(m => new WorkspaceChoice(m.Id, arabic ? m.NameAr : m.NameFr, Role.Member, OwnPageOnly: true))];
        return Choices is [var only] ? Redirect(only.Link) : Page();
    }
}
