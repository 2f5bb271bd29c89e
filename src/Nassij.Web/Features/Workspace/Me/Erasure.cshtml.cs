using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Workspace.Members;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Me;

public sealed record ErasureRow(ErasureRequest Request, string? NameAr, string? NameLatin);

/// <summary>The officers decide on members' requests to erase their data; each decision is in the audit trail.</summary>
[Authorize]
public sealed class ErasureModel(NassijDb db, AssociationAccess access, Audit audit, TimeProvider clock, IStringLocalizer<WorkspaceText> text) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public WorkspaceContext Workspace { get; private set; } = null!;
    public IReadOnlyList<ErasureRow> Requests { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel) =>
        await Load(cancel) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int requestId, ErasureDecision decision, string? note, CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        var request = await db.ErasureRequests.SingleOrDefaultAsync(r => r.Id == requestId && r.AssociationId == Id && r.Decision == ErasureDecision.Pending, cancel);
        if (request is null || decision == ErasureDecision.Pending)
        {
            return NotFound();
        }

        if (decision == ErasureDecision.Refused && string.IsNullOrWhiteSpace(note))
        {
            ModelState.AddModelError($"note-{requestId}", text["Say why the data are kept: the member will read it."]);
            return Page();
        }

        request.Decision = decision;
        request.DecidedAt = clock.GetUtcNow();
        request.DecidedByName = User.Identity?.Name;
        request.DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(500, note.Trim().Length)];
        if (decision == ErasureDecision.Erased)
        {
            var member = await db.Members.SingleAsync(m => m.Id == request.MemberId, cancel);
            Erase(member);
        }

        audit.Record("member.erasure.decided", nameof(Member), request.MemberId.ToString(CultureInfo.InvariantCulture), after: new { Decision = decision.ToString() });
        await db.SaveChangesAsync(cancel);
        TempData["Notice"] = text[decision == ErasureDecision.Erased ? "The member's data are erased." : "The request is refused; the member will see why."].Value;
        return Redirect($"/workspace/{Id}/members/erasure");
    }

    /// <summary>The person disappears; what the books must keep (payments, receipts) stays, attached to a number.</summary>
    public static void Erase(Member member)
    {
        member.NameAr = null;
        member.NameLatin = $"#{member.Id}";
        member.NationalId = null;
        member.Phone = null;
        member.Email = null;
        member.Address = null;
        member.Status = MemberStatus.Left;
        member.ConsentPurpose = "—";
        member.Refresh();
    }

    private async Task<bool> Load(CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, User, Id, cancel) is not { IsOfficer: true } workspace)
        {
            return false;
        }

        Workspace = workspace;
        var rows = await db.ErasureRequests.AsNoTracking().Where(r => r.AssociationId == Id)
            .OrderBy(r => r.Decision).ThenByDescending(r => r.RequestedAt).Take(50)
            .Join(db.Members, r => r.MemberId, m => m.Id, (r, m) => new { Request = r, m.NameAr, m.NameLatin })
            .ToListAsync(cancel);
        Requests = [.. rows.Select(r => new ErasureRow(r.Request, r.NameAr, r.NameLatin))];
        return true;
    }
}
