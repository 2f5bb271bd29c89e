using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nassij.Web.Features.Accounts;
using Nassij.Web.Features.Associations;
using Nassij.Web.Features.Support.Cases;

namespace Nassij.Web.Features.Support.Appointments;

public enum SlotMode
{
    InPerson = 1,
    Video = 2,
}

/// <summary>A time an adviser offers for accompaniment; booked by one association at most.</summary>
public sealed class Slot
{
    public int Id { get; set; }
    public Guid AdviserId { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public SlotMode Mode { get; set; }

    /// <summary>The centre or hub's address, or the video-call link.</summary>
    public required string Place { get; set; }

    public string? RegionCode { get; set; }

    public Guid? BookedById { get; set; }
    public int? AssociationId { get; set; }
    public CaseTopic? Topic { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset? BookedAt { get; set; }
    public DateTimeOffset? RemindedAt { get; set; }

    public bool IsBooked => BookedById is not null;
}

internal sealed class SlotConfiguration : IEntityTypeConfiguration<Slot>
{
    public void Configure(EntityTypeBuilder<Slot> builder)
    {
        builder.Property(s => s.Place).HasMaxLength(300);
        builder.Property(s => s.RegionCode).HasMaxLength(4);
        builder.Property(s => s.Note).HasMaxLength(1000);
        // Free slots from now on, soonest first; an adviser's agenda; a person's bookings; reminders due.
        builder.HasIndex(s => new { s.BookedById, s.StartsAt });
        builder.HasIndex(s => new { s.AdviserId, s.StartsAt });
        builder.HasIndex(s => new { s.RemindedAt, s.StartsAt });
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.AdviserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.BookedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Association>().WithMany().HasForeignKey(s => s.AssociationId).OnDelete(DeleteBehavior.SetNull);
    }
}
