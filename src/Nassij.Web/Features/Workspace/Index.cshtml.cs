using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace;

public sealed record WorkspaceChoice(int Id, string Name, Role Role);

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
        Choices = grants.DistinctBy(g => g.Id).ToList();
        return Choices.Count == 1 ? Redirect($"/workspace/{Choices[0].Id}") : Page();
    }
}
