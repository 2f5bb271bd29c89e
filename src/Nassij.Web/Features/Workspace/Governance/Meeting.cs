using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nassij.Web.Features.Associations;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Workspace.Governance;

public enum MeetingStatus
{
    Planned = 1,
    Convened = 2,
    Held = 3,
    Closed = 4,
}

/// <summary>A general assembly or a board meeting: when, where, what it will decide, and whether it was validly called.</summary>
public sealed class Meeting : IVersioned
{
    public int Id { get; set; }
    public int AssociationId { get; set; }
    public BodyKind Body { get; set; }
    public MeetingKind Kind { get; set; }

    /// <summary>Held on a second call, after the first lacked the quorum.</summary>
    public bool SecondCall { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public required string Place { get; set; }

    /// <summary>The agenda, one item per line.</summary>
    public required string Agenda { get; set; }
    public MeetingStatus Status { get; set; } = MeetingStatus.Planned;
    public DateTimeOffset? ConvokedAt { get; set; }
    public int Convoked { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }

    public IEnumerable<string> AgendaItems => Agenda.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.Property(m => m.Place).HasMaxLength(300);
        builder.Property(m => m.Agenda).HasMaxLength(4000);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasIndex(m => new { m.AssociationId, m.StartsAt });
        builder.HasOne<Association>().WithMany().HasForeignKey(m => m.AssociationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BodyRulesConfiguration : IEntityTypeConfiguration<BodyRules>
{
    public void Configure(EntityTypeBuilder<BodyRules> builder)
    {
        builder.HasIndex(r => new { r.AssociationId, r.Body }).IsUnique();
        builder.HasOne<Association>().WithMany().HasForeignKey(r => r.AssociationId).OnDelete(DeleteBehavior.Cascade);
    }
}
