using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Nassij.Web.Platform.Files;

/// <summary>An uploaded file's record; its bytes live in the file store, outside the web root.</summary>
public sealed class StoredFile
{
    public Guid Id { get; set; }
    public required string FileName { get; set; }
    public FileKind Kind { get; set; }
    public long Size { get; set; }
    public required string StorageKey { get; set; }
    public int? AssociationId { get; set; }
    public Guid? UploadedById { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.Property(f => f.FileName).HasMaxLength(255);
        builder.Property(f => f.StorageKey).HasMaxLength(200);
        builder.HasIndex(f => f.AssociationId);
    }
}
