using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Nassij.Web.Features.Associations;

/// <summary>One searchable word of a verified association's names, with the association's sort
/// keys beside it: a word query reads the index already in name order, so any page of a common
/// word costs the same few index entries whatever the table's size.</summary>
public sealed class DirectoryWord
{
    public required string Word { get; set; }
    public int AssociationId { get; set; }
    public required string SortAr { get; set; }
    public required string SortFr { get; set; }
}

internal sealed class DirectoryWordConfiguration : IEntityTypeConfiguration<DirectoryWord>
{
    public void Configure(EntityTypeBuilder<DirectoryWord> builder)
    {
        builder.HasKey(w => new { w.Word, w.AssociationId });
        builder.Property(w => w.Word).HasMaxLength(60);
        builder.Property(w => w.SortAr).HasMaxLength(200);
        builder.Property(w => w.SortFr).HasMaxLength(200);
        builder.HasIndex(w => new { w.Word, w.SortAr, w.AssociationId });
        builder.HasIndex(w => new { w.Word, w.SortFr, w.AssociationId });
        builder.HasIndex(w => w.AssociationId);
        builder.HasOne<Association>().WithMany().HasForeignKey(w => w.AssociationId).OnDelete(DeleteBehavior.Cascade);
    }
}
