using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nassij.Web.Features.Associations;

namespace Nassij.Web.Features.Workspace.Documents;

/// <summary>A folder of the association's library (statutes, minutes, receipts, contracts, photos…).</summary>
public sealed class DocumentFolder
{
    public int Id { get; set; }
    public int AssociationId { get; set; }
    public required string Name { get; set; }
}

/// <summary>A document of the library: its versions are kept, it may expire (an insurance, a lease, an authorisation),
/// it may be shared with the members, and deleting it puts it in the bin first.</summary>
public sealed class LibraryDocument
{
    public int Id { get; set; }
    public int AssociationId { get; set; }
    public int FolderId { get; set; }
    public required string Title { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public bool SharedWithMembers { get; set; }

    /// <summary>The meeting whose signed minutes this is, when it is.</summary>
    public int? MeetingId { get; set; }
    public int CurrentVersion { get; set; }
    public Guid CurrentFileId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DeletedAt { get; set; }
    public string? DeletedByName { get; set; }
    public List<DocumentVersion> Versions { get; set; } = [];
}

public sealed class DocumentVersion
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public int Number { get; set; }
    public Guid FileId { get; set; }
    public string? Note { get; set; }
    public string? UploadedByName { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>The library's rules: how long the bin keeps a document, when an expiry starts to remind.</summary>
public static class LibraryRules
{
    public const int BinDays = 30;
    public const int ExpiryNoticeDays = 30;

    public static bool MayPurge(DateTimeOffset deletedAt, DateTimeOffset now) => now >= deletedAt.AddDays(BinDays);

    public static bool ExpiresSoon(DateOnly? expiresOn, DateOnly today) => expiresOn is { } on && on <= today.AddDays(ExpiryNoticeDays);

    /// <summary>The folders a new library starts with (resource keys).</summary>
    public static readonly string[] StartingFolders = ["Statutes", "Minutes of meetings", "Receipts and invoices", "Contracts", "Photos", "Other documents"];
}

internal sealed class DocumentFolderConfiguration : IEntityTypeConfiguration<DocumentFolder>
{
    public void Configure(EntityTypeBuilder<DocumentFolder> builder)
    {
        builder.Property(f => f.Name).HasMaxLength(100);
        builder.HasIndex(f => f.AssociationId);
        builder.HasOne<Association>().WithMany().HasForeignKey(f => f.AssociationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LibraryDocumentConfiguration : IEntityTypeConfiguration<LibraryDocument>
{
    public void Configure(EntityTypeBuilder<LibraryDocument> builder)
    {
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.Property(d => d.DeletedByName).HasMaxLength(256);
        builder.HasIndex(d => new { d.AssociationId, d.FolderId, d.DeletedAt });
        // Documents about to expire, for the dashboard.
        builder.HasIndex(d => new { d.AssociationId, d.ExpiresOn });
        builder.HasMany(d => d.Versions).WithOne().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DocumentFolder>().WithMany().HasForeignKey(d => d.FolderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Association>().WithMany().HasForeignKey(d => d.AssociationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    public void Configure(EntityTypeBuilder<DocumentVersion> builder)
    {
        builder.Property(v => v.Note).HasMaxLength(300);
        builder.Property(v => v.UploadedByName).HasMaxLength(256);
        builder.HasIndex(v => new { v.DocumentId, v.Number }).IsUnique();
    }
}
