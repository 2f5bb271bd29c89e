using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Nassij.Web.Platform.Mail;

/// <summary>An e-mail, queued in the same transaction as the change that causes it.
/// Sent by SMTP when configured; otherwise it stays here for an administrator to read.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }

    /// <summary>Until when a sender owns the message: several web nodes never send it twice.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }
    public string? LastError { get; set; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.To).HasMaxLength(256);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.HasIndex(m => m.CreatedAt);
        builder.HasIndex(m => new { m.SentAt, m.Attempts });
        builder.HasIndex(m => new { m.To, m.CreatedAt });
    }
}
