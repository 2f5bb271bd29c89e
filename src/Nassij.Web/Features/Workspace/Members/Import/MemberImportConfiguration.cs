using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nassij.Web.Features.Associations;
using Nassij.Web.Platform.Files;

namespace Nassij.Web.Features.Workspace.Members.Import;

internal sealed class MemberImportConfiguration : IEntityTypeConfiguration<MemberImport>
{
    public void Configure(EntityTypeBuilder<MemberImport> builder)
    {
        builder.Property(i => i.FileName).HasMaxLength(260);
        builder.Property(i => i.Mapping).HasMaxLength(1000);
        builder.Property(i => i.ConsentPurpose).HasMaxLength(300);
        builder.Property(i => i.Failure).HasMaxLength(1000);
        builder.Property(i => i.StartedByName).HasMaxLength(256);
        builder.HasIndex(i => new { i.AssociationId, i.CreatedAt });
        // The sweep at start-up finds imports a restart interrupted.
        builder.HasIndex(i => i.Status);
        builder.HasOne<Association>().WithMany().HasForeignKey(i => i.AssociationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(i => i.FileId).OnDelete(DeleteBehavior.Restrict);
    }
}
