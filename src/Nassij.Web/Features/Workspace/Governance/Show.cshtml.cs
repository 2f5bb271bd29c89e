using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Shared;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Documents;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Governance;

/// <summary>Plans a meeting ("new") or shows one, and convenes it within the notice period the statutes set.</summary>
[Authorize]
public sealed class ShowModel(NassijDb db, AssociationAccess access, Convocations convocations, Sitting sitting, DocumentRenderer documents, Audit audit, TimeProvider clock, IStringLocalizer<WorkspaceText> text,
    Documents.Librarian librarian, IStringLocalizer<Shared.SharedText> shared) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [FromRoute]
    public string MeetingId { get; set; } = "new";

    [BindProperty]
    public MeetingForm Input { get; set; } = new();

    public WorkspaceContext Workspace { get; private set; } = null!;
    public Meeting? Meeting { get; private set; }
    public BodyRules Rules { get; private set; } = null!;
    public bool IsNew => MeetingId == "new";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        if (IsNew)
        {
            Input.StartsAt = Formats.TodayInMorocco(clock).AddDays(Rules.NoticeDays + 7).ToDateTime(new TimeOnly(10, 0));
            Input.Agenda = string.Join('\n', text["Moral report of the year"], text["Financial report of the year"], text["Discharge of the board"], text["Programme and budget of the coming year"]);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        if (!await Load(cancel) || !IsNew)
        {
            return NotFound();
        }

        var startsAt = Input.StartsAt is { } local ? Formats.FromMorocco(local) : (DateTimeOffset?)null;
        if (startsAt <= clock.GetUtcNow())
        {
            ModelState.AddModelError("Input.StartsAt", text["A meeting is planned in the future."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var meeting = new Meeting
        {
            AssociationId = Id,
            Body = Input.Body,
            Kind = Input.Kind,
            SecondCall = Input.SecondCall,
            StartsAt = startsAt!.Value,
            Place = Input.Place!.Trim(),
            Agenda = Input.Agenda!.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(cancel);
        audit.Record("meeting.planned", nameof(Meeting), meeting.Id.ToString(CultureInfo.InvariantCulture), after: new { meeting.AssociationId, meeting.Body, meeting.Kind, meeting.StartsAt });
        await db.SaveChangesAsync(cancel);
        return Redirect($"/workspace/{Id}/meetings/{meeting.Id}");
    }

    public async Task<IActionResult> OnPostConveneAsync(CancellationToken cancel)
    {
        if (!await Load(cancel) || Meeting is not { } meeting)
        {
            return NotFound();
        }

        if (meeting.Status != MeetingStatus.Planned)
        {
            return Redirect($"/workspace/{Id}/meetings/{meeting.Id}");
        }

        // The notice period is the statutes': a late convocation would make the meeting's decisions contestable.
        if (await convocations.TooLate(meeting, cancel) is { } earliest)
        {
            ModelState.AddModelError(string.Empty, text["Too late to convene this meeting: the statutes ask for {0} days' notice. Plan it on {1} or later.", Rules.NoticeDays, Formats.Date(earliest)]);
            return Page();
        }

        var sent = await convocations.Send(meeting, Workspace.Name, cancel);
        TempData["Notice"] = text["Convocations sent: {0} by e-mail, {1} by text message.", sent.Emails, sent.TextMessages].Value;
        return Redirect($"/workspace/{Id}/meetings/{meeting.Id}");
    }

    public async Task<IActionResult> OnPostAttendanceAsync(int entitled, int present, int represented, CancellationToken cancel)
    {
        if (!await Load(cancel) || Meeting is not { } meeting || !sitting.IsOpen(meeting))
        {
            return NotFound();
        }

        if (entitled < 1 || present < 0 || represented < 0 || present + represented > entitled)
        {
            ModelState.AddModelError("attendance", text["Present and represented members cannot be more than the members entitled to vote."]);
            return Page();
        }

        if (represented > present * Math.Max(Rules.MaxProxiesPerMember, 0))
        {
            ModelState.AddModelError("attendance", text["The statutes allow {0} proxies per member present: {1} represented members is too many.", Rules.MaxProxiesPerMember, represented]);
            return Page();
        }

        await sitting.RecordAttendance(meeting, entitled, present, represented, cancel);
        return Redirect(Here + "#attendance");
    }

    public async Task<IActionResult> OnPostResolveAsync(string? resolution, int votesFor, int votesAgainst, int abstain, CancellationToken cancel)
    {
        if (!await Load(cancel) || Meeting is not { } meeting || !sitting.IsOpen(meeting))
        {
            return NotFound();
        }

        if (meeting.Present is not { } present || !QuorumReached)
        {
            ModelState.AddModelError("resolution", text["Record the attendance first: without the quorum the meeting cannot decide."]);
            return Page();
        }

        if (string.IsNullOrWhiteSpace(resolution) || resolution.Length > 2000)
        {
            ModelState.AddModelError("resolution", text["Write the resolution put to the vote."]);
            return Page();
        }

        if (votesFor < 0 || votesAgainst < 0 || abstain < 0 || votesFor + votesAgainst + abstain > present + (meeting.Represented ?? 0))
        {
            ModelState.AddModelError("resolution", text["There are more votes than members present and represented."]);
            return Page();
        }

        var passed = await sitting.Vote(meeting, Rules, resolution, new Tally(votesFor, votesAgainst, abstain), cancel);
        TempData["Notice"] = text[passed.Passed ? "Resolution {0} is adopted." : "Resolution {0} is rejected.", passed.Number].Value;
        return Redirect(Here + "#resolutions");
    }

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken cancel)
    {
        if (!await Load(cancel) || Meeting is not { } meeting || !sitting.IsOpen(meeting))
        {
            return NotFound();
        }

        await sitting.Close(meeting, cancel);
        TempData["Notice"] = text["The meeting is closed: download its minutes, have them signed and keep them with the association's documents."].Value;
        return Redirect(Here);
    }

    public async Task<IActionResult> OnGetMinutesAsync(CancellationToken cancel)
    {
        if (!await Load(cancel) || Meeting is not { Status: MeetingStatus.Held or MeetingStatus.Closed } meeting)
        {
            return NotFound();
        }

        var association = await db.Associations.AsNoTracking().SingleAsync(a => a.Id == Id, cancel);
        return await this.Send(await documents.File<MinutesDocument>(new Dictionary<string, object?>
        {
            [nameof(MinutesDocument.Meeting)] = meeting,
            [nameof(MinutesDocument.Rules)] = Rules,
            [nameof(MinutesDocument.Association)] = association,
            [nameof(MinutesDocument.QuorumReached)] = QuorumReached,
        }, $"minutes-{meeting.Id}.pdf", cancel));
    }

    /// <summary>The minutes, signed by the president and the secretary, scanned and kept in the library's minutes folder.</summary>
    public async Task<IActionResult> OnPostArchiveAsync(IFormFile? signed, CancellationToken cancel)
    {
        if (!await Load(cancel) || Meeting is not { Status: MeetingStatus.Held or MeetingStatus.Closed } meeting || SignedMinutes is not null)
        {
            return NotFound();
        }

        if (signed is not { Length: > 0 })
        {
            ModelState.AddModelError("signed", shared["This field is required."]);
            return Page();
        }

        var folders = await librarian.Folders(Id, cancel);
        // The library's second starting folder is the minutes'.
        var folder = folders[Math.Min(1, folders.Count - 1)];
        var title = text["Signed minutes of {0}", Formats.Date(meeting.StartsAt)];
        var (document, refusal) = await librarian.Add(Id, folder.Id, title, null, true, meeting.Id, signed, User, cancel);
        if (document is null)
        {
            ModelState.AddModelError("signed", shared[Shared.UploadMessages.For(refusal!.Value)]);
            return Page();
        }

        TempData["Notice"] = text["The signed minutes are archived in the documents and shared with the members."].Value;
        return Redirect(Here);
    }

    public Documents.LibraryDocument? SignedMinutes { get; private set; }

    public bool IsOpen => Meeting is { } m && sitting.IsOpen(m);

    public int EntitledDefault { get; private set; }

    public bool QuorumReached => Meeting is { Entitled: { } entitled, Present: { } present } m
        && GovernanceRules.QuorumReached(Rules, m.Kind, entitled, present, m.Represented ?? 0, m.SecondCall);

    public int QuorumNeeded => GovernanceRules.QuorumNeeded(Rules, Meeting!.Kind, Meeting.Entitled ?? EntitledDefault);

    private string Here => $"/workspace/{Id}/meetings/{MeetingId}";

    public DateOnly ConvokeBy => GovernanceRules.ConvokeBy(Rules, DateOnly.FromDateTime(Formats.LocalInMorocco(Meeting!.StartsAt)));

    private async Task<bool> Load(CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, User, Id, cancel) is not { IsOfficer: true } workspace)
        {
            return false;
        }

        Workspace = workspace;
        if (!IsNew)
        {
            if (!int.TryParse(MeetingId, NumberStyles.None, CultureInfo.InvariantCulture, out var meetingId))
            {
                return false;
            }

            Meeting = await db.Meetings.Include(m => m.Resolutions).SingleOrDefaultAsync(m => m.Id == meetingId && m.AssociationId == Id, cancel);
            if (Meeting is null)
            {
                return false;
            }

            SignedMinutes = await db.LibraryDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.MeetingId == meetingId && d.AssociationId == Id && d.DeletedAt == null, cancel);
        }

        Rules = await Convocations.RulesOf(db, Id, Meeting?.Body ?? Input.Body, cancel);
        if (Meeting is { Status: MeetingStatus.Convened } convened && sitting.IsOpen(convened))
        {
            EntitledDefault = convened.Entitled ?? await sitting.EntitledNow(convened, cancel);
        }

        return true;
    }
}
