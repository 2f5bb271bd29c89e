using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Associations;
using Nassij.Web.Features.Workspace.Governance;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Board;

/// <summary>The board today with its term, and the declarations to the local authority: due, late, or filed.</summary>
[Authorize]
public sealed class IndexModel(NassijDb db, AssociationAccess access, Audit audit, TimeProvider clock, IStringLocalizer<WorkspaceText> text) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public WorkspaceContext Workspace { get; private set; } = null!;
    public IReadOnlyList<BoardMember> Board { get; private set; } = [];
    public IReadOnlyList<BoardDeclaration> Declarations { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel) => await Load(cancel) ? Page() : NotFound();

    /// <summary>An amendment of the statutes voted by an extraordinary general assembly: declared like a new board.</summary>
    public async Task<IActionResult> OnPostStatutesAsync(DateOnly? amendedOn, CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        if (amendedOn is null || amendedOn > Today)
        {
            ModelState.AddModelError("amendedOn", text["Give the date the general assembly amended the statutes (not in the future)."]);
            return Page();
        }

        var declaration = new BoardDeclaration
        {
            AssociationId = Id,
            Reason = DeclarationReason.StatutesAmended,
            DecidedOn = amendedOn.Value,
            DueOn = GovernanceRules.DeclarationDue(amendedOn.Value),
            Board = [.. Board.Select(b => new DeclaredBoardMember(b.Office, b.FullName, null, null, null, null))],
            CreatedAt = clock.GetUtcNow(),
            CreatedByName = User.Identity?.Name,
        };
        db.BoardDeclarations.Add(declaration);
        await db.SaveChangesAsync(cancel);
        audit.Record("statutes.amended", nameof(Association), Id.ToString(CultureInfo.InvariantCulture), after: new { amendedOn, declaration.DueOn });
        await db.SaveChangesAsync(cancel);
        TempData["Notice"] = text["The amendment is recorded. Its declaration to the local authority is due by {0}.", Formats.Date(declaration.DueOn)].Value;
        return Redirect($"/workspace/{Id}/board/declarations/{declaration.Id}");
    }

    private async Task<bool> Load(CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, User, Id, cancel) is not { IsOfficer: true } workspace)
        {
            return false;
        }

        Workspace = workspace;
        Today = Formats.TodayInMorocco(clock);
        Board = await db.Associations.AsNoTracking().Where(a => a.Id == Id).SelectMany(a => a.Board).OrderBy(b => b.Office).ThenBy(b => b.Id).ToListAsync(cancel);
        Declarations = await db.BoardDeclarations.AsNoTracking().Where(d => d.AssociationId == Id).OrderByDescending(d => d.Id).Take(20).ToListAsync(cancel);
        return true;
    }

    public static string Reason(DeclarationReason reason) => reason == DeclarationReason.BoardRenewed ? "Renewal of the board" : "Amendment of the statutes";
}
