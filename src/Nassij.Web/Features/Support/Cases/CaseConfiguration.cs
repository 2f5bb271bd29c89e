using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nassij.Web.Features.Accounts;
using Nassij.Web.Features.Associations;
using Nassij.Web.Platform.Files;

namespace Nassij.Web.Features.Support.Cases;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.Property(c => c.Reference).HasMaxLength(20);
        builder.Property(c => c.RegionCode).HasMaxLength(4);
        builder.Property(c => c.Subject).HasMaxLength(200);
        builder.Property(c => c.RequesterName).HasMaxLength(200);
        builder.Property(c => c.RequesterEmail).HasMaxLength(256);
        builder.Property(c => c.RequesterPhone).HasMaxLength(30);
        builder.Property(c => c.Language).HasMaxLength(5);
        builder.Property(c => c.RatingComment).HasMaxLength(2000);
        builder.Property(c => c.SearchKey).HasMaxLength(800);
        builder.Property(c => c.Version).IsConcurrencyToken();

        builder.HasIndex(c => c.Reference).IsUnique();
        // The desk: a queue's (or an adviser's) live cases, most urgent deadline first.
        builder.HasIndex(c => new { c.QueueId, c.Status, c.NextDueAt, c.Id });
        builder.HasIndex(c => new { c.AssigneeId, c.Status, c.NextDueAt, c.Id });
        builder.HasIndex(c => new { c.Status, c.NextDueAt, c.Id });
        builder.HasIndex(c => new { c.RequesterId, c.CreatedAt });
        builder.HasIndex(c => new { c.RequesterPhone, c.CreatedAt });
        builder.HasIndex(c => c.CreatedAt);
        builder.HasIndex(c => c.ResolvedAt);
        builder.HasOne<CaseQueue>().WithMany().HasForeignKey(c => c.QueueId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.AssigneeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.RequesterId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Association>().WithMany().HasForeignKey(c => c.AssociationId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class CaseMessageConfiguration : IEntityTypeConfiguration<CaseMessage>
{
    public void Configure(EntityTypeBuilder<CaseMessage> builder)
    {
        builder.Property(m => m.AuthorName).HasMaxLength(200);
        builder.Property(m => m.Body).HasMaxLength(20_000);
        builder.Property(m => m.EmailMessageId).HasMaxLength(300);
        builder.HasIndex(m => new { m.CaseId, m.Id });
        builder.HasIndex(m => m.EmailMessageId).IsUnique().HasFilter("\"EmailMessageId\" IS NOT NULL");
        builder.HasOne<Case>().WithMany().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseAttachmentConfiguration : IEntityTypeConfiguration<CaseAttachment>
{
    public void Configure(EntityTypeBuilder<CaseAttachment> builder)
    {
        builder.HasIndex(a => new { a.CaseId, a.MessageId });
        builder.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(a => a.FileId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CaseQueueConfiguration : IEntityTypeConfiguration<CaseQueue>
{
    public void Configure(EntityTypeBuilder<CaseQueue> builder)
    {
        builder.Property(q => q.NameAr).HasMaxLength(150);
        builder.Property(q => q.NameFr).HasMaxLength(150);
        builder.Property(q => q.RegionCode).HasMaxLength(4);
        builder.HasMany(q => q.Advisers).WithOne().HasForeignKey(a => a.QueueId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class QueueAdviserConfiguration : IEntityTypeConfiguration<QueueAdviser>
{
    public void Configure(EntityTypeBuilder<QueueAdviser> builder)
    {
        builder.HasKey(a => new { a.QueueId, a.PersonId });
        builder.HasIndex(a => a.PersonId);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CannedAnswerConfiguration : IEntityTypeConfiguration<CannedAnswer>
{
    public void Configure(EntityTypeBuilder<CannedAnswer> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(150);
        builder.Property(a => a.Language).HasMaxLength(5);
        builder.Property(a => a.Body).HasMaxLength(8000);
    }
}
