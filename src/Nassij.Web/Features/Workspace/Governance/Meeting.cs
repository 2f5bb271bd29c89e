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

    /// <summary>Attendance as the signed sheet counts it: members entitled to vote, present, and represented by a proxy.</summary>
    public int? Entitled { get; set; }
    public int? Present { get; set; }
    public int? Represented { get; set; }
    public DateTimeOffset? HeldAt { get; set; }
    public List<Resolution> Resolutions { get; set; } = [];
    public int Version { get; set; }

    public IEnumerable<string> AgendaItems => Agenda.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>A decision put to the vote, with its tally and whether it passed under the statutes' majority.</summary>
public sealed class Resolution
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public int Number { get; set; }
    public required string Text { get; set; }
    public int For { get; set; }
    public int Against { get; set; }
    public int Abstain { get; set; }
    public bool Passed { get; set; }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.Property(m => m.Place).HasMaxLength(300);
        builder.Property(m => m.Agenda).HasMaxLength(4000);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasIndex(m => new { m.AssociationId, m.StartsAt });
        builder.HasMany(m => m.Resolutions).WithOne().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Association>().WithMany().HasForeignKey(m => m.AssociationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ResolutionConfiguration : IEntityTypeConfiguration<Resolution>
{
    public void Configure(EntityTypeBuilder<Resolution> builder)
    {
        builder.Property(r => r.Text).HasMaxLength(2000);
        builder.HasIndex(r => new { r.MeetingId, r.Number }).IsUnique();
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
