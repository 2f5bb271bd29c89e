using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nassij.Web.Features.Support.Cases;

namespace Nassij.Web.Features.Support.Mail;

public enum InboundState
{
    Imported = 1,
    Failed = 2,
}

/// <summary>Every e-mail the centre receives, kept as it came: one that cannot be read is shown to an
/// administrator with the reason, never dropped.</summary>
public sealed class InboundMail
{
    public long Id { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public string? MessageId { get; set; }
    public string? From { get; set; }
    public string? Subject { get; set; }
    public required byte[] Raw { get; set; }
    public InboundState State { get; set; }
    public string? Error { get; set; }
    public int? CaseId { get; set; }
}

internal sealed class InboundMailConfiguration : IEntityTypeConfiguration<InboundMail>
{
    public void Configure(EntityTypeBuilder<InboundMail> builder)
    {
        builder.Property(m => m.MessageId).HasMaxLength(300);
        builder.Property(m => m.From).HasMaxLength(320);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.Error).HasMaxLength(1000);
        builder.HasIndex(m => new { m.State, m.Id });
        builder.HasIndex(m => m.MessageId);
        builder.HasOne<Case>().WithMany().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.SetNull);
    }
}
