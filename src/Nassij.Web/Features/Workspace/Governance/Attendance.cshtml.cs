using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Workspace.Members;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Mail;
using Nassij.Web.Platform.Security;
using QRCoder;

namespace Nassij.Web.Features.Workspace.Governance;

/// <summary>The general assembly's attendance by name, on the day: members ticked present or represented by a present
/// member's proxy, and the QR code members scan to check themselves in.</summary>
[Authorize]
public sealed class AttendanceModel(NassijDb db, AssociationAccess access, Sitting sitting, RollCall rollCall, SiteLinks links, IStringLocalizer<WorkspaceText> text) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [FromRoute]
    public int MeetingId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public WorkspaceContext Workspace { get; private set; } = null!;
    public Meeting Meeting { get; private set; } = null!;
    public BodyRules Rules { get; private set; } = null!;
    public IReadOnlyList<MeetingAttendee> Attendees { get; private set; } = [];
    public IReadOnlyList<Member> Found { get; private set; } = [];
    public string CheckInLink { get; private set; } = string.Empty;

    /// <summary>Drawn only when the page is shown, not on every tick of the list.</summary>
    public string QrCode
    {
        get
        {
            using var qr = QRCodeGenerator.GenerateQrCode(CheckInLink, QRCodeGenerator.ECCLevel.M);
            return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(qr).GetGraphic(6));
        }
    }
    public int Entitled { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel) => await Load(cancel) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int memberId, int? holderId, CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        if (await rollCall.Record(Meeting, Rules, memberId, holderId, CheckIn.Officer, cancel) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, text[Message(refusal), Rules.MaxProxiesPerMember]);
            await Load(cancel);
            return Page();
        }

        return Redirect($"{Here}?q={Uri.EscapeDataString(Q ?? "")}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int memberId, CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        await rollCall.Remove(Meeting, memberId, cancel);
        return Redirect(Here);
    }

    public static string Message(RollCall.Refusal refusal) => refusal switch
    {
        RollCall.Refusal.AlreadyRecorded => "This member is already on the list.",
        RollCall.Refusal.HolderAbsent => "A proxy is held by a member present in person.",
        RollCall.Refusal.HolderFull => "This member already holds the {0} proxies the statutes allow.",
        _ => "Only active members of the association take part.",
    };

    private string Here => $"/workspace/{Id}/meetings/{MeetingId}/attendance";

    private async Task<bool> Load(CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, User, Id, cancel) is not { IsOfficer: true } workspace)
        {
            return false;
        }

        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == MeetingId && m.AssociationId == Id && m.Body == BodyKind.GeneralAssembly, cancel);
        if (meeting is null || !sitting.IsOpen(meeting))
        {
            return false;
        }

        Workspace = workspace;
        Meeting = meeting;
        Rules = await Convocations.RulesOf(db, Id, BodyKind.GeneralAssembly, cancel);
        Entitled = meeting.Entitled ?? await sitting.EntitledNow(meeting, cancel);
        Attendees = await db.Set<MeetingAttendee>().AsNoTracking().Include(a => a.Member).Where(a => a.MeetingId == MeetingId)
            .OrderBy(a => a.ProxyHolderId != null).ThenBy(a => a.Id).Take(2000).ToListAsync(cancel);
        Found = string.IsNullOrWhiteSpace(Q) ? [] : await MemberSearch.Run(db, Id, Q, members => members
            .Where(m => m.Status == MemberStatus.Active).OrderBy(m => m.SortName).ThenBy(m => m.Id).Take(20).ToListAsync(cancel), cancel);
        CheckInLink = links.Absolute($"/workspace/{Id}/meetings/{MeetingId}/check-in?code={await rollCall.CodeOf(meeting, cancel)}");
        return true;
    }
}
