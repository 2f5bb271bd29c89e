using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nassij.Web.Features.Associations;

namespace Nassij.Web.Features.Workspace.Members;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.Property(m => m.NameAr).HasMaxLength(200);
        builder.Property(m => m.NameLatin).HasMaxLength(200);
        builder.Property(m => m.NationalId).HasMaxLength(20);
        builder.Property(m => m.Phone).HasMaxLength(30);
        builder.Property(m => m.Email).HasMaxLength(256);
        builder.Property(m => m.Address).HasMaxLength(300);
        builder.Property(m => m.ConsentPurpose).HasMaxLength(300);
        builder.Property(m => m.SearchKey).HasMaxLength(700);
        builder.Property(m => m.SortName).HasMaxLength(200);
        builder.Property(m => m.Version).IsConcurrencyToken();

        // Lists are always within one association, sorted by name, optionally by status.
        builder.HasIndex(m => new { m.AssociationId, m.SortName, m.Id });
        builder.HasIndex(m => new { m.AssociationId, m.Status, m.SortName, m.Id });
        // One person is one member: the national ID, when given, is unique within the association.
        builder.HasIndex(m => new { m.AssociationId, m.NationalId }).IsUnique().HasFilter("\"NationalId\" IS NOT NULL");
        // A member signs in with the address the association keeps: their records are found by it.
        builder.HasIndex(m => m.Email);
        builder.HasOne<Association>().WithMany().HasForeignKey(m => m.AssociationId).OnDelete(DeleteBehavior.Cascade);
    }
}
