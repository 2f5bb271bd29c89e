using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nassij.Web.Features.Workspace.Members;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Governance;

public enum CheckIn
{
    /// <summary>Ticked by an officer from the list.</summary>
    Officer = 1,

    /// <summary>The member scanned the meeting's code with their own phone.</summary>
    QrCode = 2,
}

/// <summary>A member at a general assembly: present in person, or represented by a present member holding their proxy.</summary>
public sealed class MeetingAttendee
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public int MemberId { get; set; }
    public Member? Member { get; set; }
    public int? ProxyHolderId { get; set; }
    public CheckIn Via { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>The meeting's secret for checking in by QR code.</summary>
public sealed class MeetingCheckIn
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public required string Code { get; set; }
}

internal sealed class MeetingAttendeeConfiguration : IEntityTypeConfiguration<MeetingAttendee>
{
    public void Configure(EntityTypeBuilder<MeetingAttendee> builder)
    {
        builder.HasIndex(a => new { a.MeetingId, a.MemberId }).IsUnique();
        builder.HasIndex(a => new { a.MeetingId, a.ProxyHolderId });
        builder.HasOne(a => a.Member).WithMany().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeetingCheckInConfiguration : IEntityTypeConfiguration<MeetingCheckIn>
{
    public void Configure(EntityTypeBuilder<MeetingCheckIn> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(64);
        builder.HasIndex(c => c.MeetingId).IsUnique();
        builder.HasOne<Meeting>().WithMany().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Attendance by name: who is present, who holds whose proxy within the statutes' limit, and the meeting's
/// counts kept in step so that the quorum and the minutes read from them.</summary>
public sealed class RollCall(NassijDb db, Sitting sitting, Audit audit, TimeProvider clock)
{
    public enum Refusal
    {
        NotActive = 1,
        AlreadyRecorded,
        HolderAbsent,
        HolderFull,
    }

    public async Task<string> CodeOf(Meeting meeting, CancellationToken cancel)
    {
        var existing = await db.Set<MeetingCheckIn>().Where(c => c.MeetingId == meeting.Id).Select(c => c.Code).FirstOrDefaultAsync(cancel);
        if (existing is not null)
        {
            return existing;
        }

        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        db.Set<MeetingCheckIn>().Add(new MeetingCheckIn { MeetingId = meeting.Id, Code = code });
        await db.SaveChangesAsync(cancel);
        return code;
    }

    public async Task<bool> CodeMatches(Meeting meeting, string? code, CancellationToken cancel) =>
        !string.IsNullOrEmpty(code) && await db.Set<MeetingCheckIn>().AnyAsync(c => c.MeetingId == meeting.Id && c.Code == code, cancel);

    public async Task<Refusal?> Record(Meeting meeting, BodyRules rules, int memberId, int? holderId, CheckIn via, CancellationToken cancel)
    {
        if (!await db.Members.AnyAsync(m => m.Id == memberId && m.AssociationId == meeting.AssociationId && m.Status == MemberStatus.Active, cancel))
        {
            return Refusal.NotActive;
        }

        var attendees = db.Set<MeetingAttendee>().Where(a => a.MeetingId == meeting.Id);
        if (await attendees.AnyAsync(a => a.MemberId == memberId, cancel))
        {
            return Refusal.AlreadyRecorded;
        }

        if (holderId is { } holder)
        {
            if (!await attendees.AnyAsync(a => a.MemberId == holder && a.ProxyHolderId == null, cancel))
            {
                return Refusal.HolderAbsent;
            }

            if (!GovernanceRules.MayHoldProxy(rules, await attendees.CountAsync(a => a.ProxyHolderId == holder, cancel)))
            {
                return Refusal.HolderFull;
            }
        }

        db.Set<MeetingAttendee>().Add(new MeetingAttendee { MeetingId = meeting.Id, MemberId = memberId, ProxyHolderId = holderId, Via = via, At = clock.GetUtcNow() });
        audit.Record("meeting.attendee", nameof(Meeting), meeting.Id.ToString(CultureInfo.InvariantCulture), after: new { memberId, holderId, via });
        await db.SaveChangesAsync(cancel);
        await Recount(meeting, cancel);
        return null;
    }

    /// <summary>Taking a member off the list also takes off the proxies they held.</summary>
    public async Task Remove(Meeting meeting, int memberId, CancellationToken cancel)
    {
        var gone = await db.Set<MeetingAttendee>().Where(a => a.MeetingId == meeting.Id && (a.MemberId == memberId || a.ProxyHolderId == memberId)).ToListAsync(cancel);
        db.Set<MeetingAttendee>().RemoveRange(gone);
        audit.Record("meeting.attendee.removed", nameof(Meeting), meeting.Id.ToString(CultureInfo.InvariantCulture), after: new { memberId, Removed = gone.Count });
        await db.SaveChangesAsync(cancel);
        await Recount(meeting, cancel);
    }

    private async Task Recount(Meeting meeting, CancellationToken cancel)
    {
        var attendees = db.Set<MeetingAttendee>().Where(a => a.MeetingId == meeting.Id);
        var present = await attendees.CountAsync(a => a.ProxyHolderId == null, cancel);
        var represented = await attendees.CountAsync(a => a.ProxyHolderId != null, cancel);
        await sitting.RecordAttendance(meeting, meeting.Entitled ?? await sitting.EntitledNow(meeting, cancel), present, represented, cancel);
    }
}
