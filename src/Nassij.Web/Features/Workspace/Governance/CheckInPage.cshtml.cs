using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Workspace.Me;
using Nassij.Web.Features.Workspace.Members;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Workspace.Governance;

/// <summary>Where a member's phone lands after scanning the meeting's QR code: they confirm, and are on the list.</summary>
[Authorize]
public sealed class CheckInPageModel(NassijDb db, Sitting sitting, RollCall rollCall, IStringLocalizer<WorkspaceText> text) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [FromRoute]
    public int MeetingId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public WorkspaceContext Workspace { get; private set; } = null!;
    public Meeting Meeting { get; private set; } = null!;
    public Member Member { get; private set; } = null!;
    public bool AlreadyIn { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel) => await Load(cancel) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        var rules = await Convocations.RulesOf(db, Id, BodyKind.GeneralAssembly, cancel);
        if (!AlreadyIn && await rollCall.Record(Meeting, rules, Member.Id, null, CheckIn.QrCode, cancel) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, text[AttendanceModel.Message(refusal), rules.MaxProxiesPerMember]);
            return Page();
        }

        TempData["Notice"] = text["You are on the attendance list. Welcome."].Value;
        return Redirect($"/workspace/{Id}/meetings/{MeetingId}/check-in?code={Uri.EscapeDataString(Code ?? "")}");
    }

    /// <summary>The same answer (not found) for a wrong code, a closed sitting or a person who is not a member.</summary>
    private async Task<bool> Load(CancellationToken cancel)
    {
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == MeetingId && m.AssociationId == Id && m.Body == BodyKind.GeneralAssembly, cancel);
        if (meeting is null || !sitting.IsOpen(meeting) || !await rollCall.CodeMatches(meeting, Code, cancel)
            || await MyMembership.In(db, User, Id, cancel) is not { Status: MemberStatus.Active } member)
        {
            return false;
        }

        Meeting = meeting;
        Member = member;
        Workspace = await WorkspaceContext.ForMember(db, Id, cancel);
        AlreadyIn = await db.Set<MeetingAttendee>().AnyAsync(a => a.MeetingId == MeetingId && a.MemberId == member.Id, cancel);
        return true;
    }
}
