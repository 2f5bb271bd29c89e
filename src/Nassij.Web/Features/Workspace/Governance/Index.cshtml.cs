using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Governance;

/// <summary>The association's meetings, coming and past, with the statutes' rules they follow.</summary>
[Authorize]
public sealed class IndexModel(NassijDb db, AssociationAccess access) : PageModel
{
    public WorkspaceContext Workspace { get; private set; } = null!;
    public IReadOnlyList<Meeting> Meetings { get; private set; } = [];
    public BodyRules Assembly { get; private set; } = null!;
    public BodyRules Board { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, User, id, cancel) is not { IsOfficer: true } workspace)
        {
            return NotFound();
        }

        Workspace = workspace;
        Meetings = await db.Meetings.AsNoTracking().Where(m => m.AssociationId == id).OrderByDescending(m => m.StartsAt).Take(50).ToListAsync(cancel);
        Assembly = await Convocations.RulesOf(db, id, BodyKind.GeneralAssembly, cancel);
        Board = await Convocations.RulesOf(db, id, BodyKind.Board, cancel);
        return Page();
    }
}
