using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Workspace.Members;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace;

/// <summary>The officers' dashboard: what is due, each with the action one click away.</summary>
[Authorize]
public sealed class HomeModel(NassijDb db, AssociationAccess access, DueList due, TimeProvider clock) : PageModel
{
    public WorkspaceContext Workspace { get; private set; } = null!;
    public int ActiveMembers { get; private set; }
    public IReadOnlyList<DueItem> Due { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, User, id, cancel) is not { } workspace)
        {
            return NotFound();
        }

        Workspace = workspace;
        if (workspace.IsOfficer)
        {
            ActiveMembers = await db.Members.CountAsync(m => m.AssociationId == id && m.Status == MemberStatus.Active, cancel);
            Due = await due.For(workspace, Formats.TodayInMorocco(clock), cancel);
        }

        return Page();
    }
}
