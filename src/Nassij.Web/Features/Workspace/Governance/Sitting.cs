using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Workspace.Members;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Governance;

/// <summary>What happens on the day: attendance, quorum, resolutions and their votes, closing. Every step is audited.</summary>
public sealed class Sitting(NassijDb db, Audit audit, TimeProvider clock)
{
    /// <summary>The meeting is recorded from its day on, not before: a meeting cannot be held in advance.</summary>
    public bool IsOpen(Meeting meeting) =>
        meeting.Status == MeetingStatus.Convened && Formats.TodayInMorocco(clock) >= DateOnly.FromDateTime(Formats.LocalInMorocco(meeting.StartsAt));

    /// <summary>Who may vote: every active member at a general assembly, the officers at a board meeting.</summary>
    public async Task<int> EntitledNow(Meeting meeting, CancellationToken cancel) => meeting.Body == BodyKind.GeneralAssembly
        ? await db.Members.CountAsync(m => m.AssociationId == meeting.AssociationId && m.Status == MemberStatus.Active, cancel)
        : await db.RoleGrants.Where(g => g.AssociationId == meeting.AssociationId && Roles.Officers.Contains(g.Role)).Select(g => g.PersonId).Distinct().CountAsync(cancel);

    public async Task RecordAttendance(Meeting meeting, int entitled, int present, int represented, CancellationToken cancel)
    {
        (meeting.Entitled, meeting.Present, meeting.Represented) = (entitled, present, represented);
        audit.Record("meeting.attendance", nameof(Meeting), Key(meeting), after: new { entitled, present, represented });
        await db.SaveChangesAsync(cancel);
    }

    public async Task<Resolution> Vote(Meeting meeting, BodyRules rules, string text, Tally tally, CancellationToken cancel)
    {
        var resolution = new Resolution
        {
            MeetingId = meeting.Id,
            Number = meeting.Resolutions.Count + 1,
            Text = text.Trim(),
            For = tally.For,
            Against = tally.Against,
            Abstain = tally.Abstain,
            Passed = GovernanceRules.Passes(rules, meeting.Kind, tally),
        };
        meeting.Resolutions.Add(resolution);
        audit.Record("meeting.resolution", nameof(Meeting), Key(meeting), after: new { resolution.Number, tally.For, tally.Against, tally.Abstain, resolution.Passed });
        await db.SaveChangesAsync(cancel);
        return resolution;
    }

    public async Task Close(Meeting meeting, CancellationToken cancel)
    {
        meeting.Status = MeetingStatus.Held;
        meeting.HeldAt = clock.GetUtcNow();
        audit.Record("meeting.held", nameof(Meeting), Key(meeting), after: new { Resolutions = meeting.Resolutions.Count });
        await db.SaveChangesAsync(cancel);
    }

    private static string Key(Meeting meeting) => meeting.Id.ToString(CultureInfo.InvariantCulture);
}
