using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Nassij.Web.Features.Funding.Reminders;

/// <summary>A reminder already sent: the sweep sends each (kind, subject) once, even across restarts or several servers.</summary>
public sealed class Reminder
{
    public int Id { get; set; }
    public required string Kind { get; set; }
    public int SubjectId { get; set; }
    public DateTimeOffset SentAt { get; set; }
}

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.Property(r => r.Kind).HasMaxLength(40);
        builder.HasIndex(r => new { r.Kind, r.SubjectId }).IsUnique();
    }
}
