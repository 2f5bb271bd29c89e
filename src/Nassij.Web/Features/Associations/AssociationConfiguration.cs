using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Nassij.Web.Features.Associations;

internal sealed class AssociationConfiguration : IEntityTypeConfiguration<Association>
{
    public void Configure(EntityTypeBuilder<Association> builder)
    {
        builder.Property(a => a.NameAr).HasMaxLength(200);
        builder.Property(a => a.NameFr).HasMaxLength(200);
        builder.Property(a => a.Acronym).HasMaxLength(30);
        builder.Property(a => a.FinalReceiptNumber).HasMaxLength(60);
        builder.Property(a => a.ReceiptAuthority).HasMaxLength(200);
        builder.Property(a => a.Address).HasMaxLength(300);
        builder.Property(a => a.RegionCode).HasMaxLength(2);
        builder.Property(a => a.ProvinceCode).HasMaxLength(6);
        builder.Property(a => a.Commune).HasMaxLength(120);
        builder.Property(a => a.Phone).HasMaxLength(30);
        builder.Property(a => a.Email).HasMaxLength(256);
        builder.Property(a => a.Website).HasMaxLength(256);
        builder.Property(a => a.StatusReason).HasMaxLength(1000);
        builder.Property(a => a.SearchKey).HasMaxLength(500);
        builder.Property(a => a.Version).IsConcurrencyToken();

        // The directory lists verified associations sorted by name, optionally within a region or province.
        builder.HasIndex(a => new { a.Status, a.NameAr });
        builder.HasIndex(a => new { a.Status, a.NameFr });
        builder.HasIndex(a => new { a.Status, a.RegionCode, a.NameAr });
        builder.HasIndex(a => new { a.Status, a.RegionCode, a.NameFr });
        builder.HasIndex(a => new { a.Status, a.ProvinceCode, a.NameAr });
        builder.HasIndex(a => new { a.Status, a.ProvinceCode, a.NameFr });
        builder.HasIndex(a => new { a.Status, a.CreatedAt });

        builder.HasMany(a => a.Board).WithOne().HasForeignKey(b => b.AssociationId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(a => a.Domains);
    }
}

internal sealed class BoardMemberConfiguration : IEntityTypeConfiguration<BoardMember>
{
    public void Configure(EntityTypeBuilder<BoardMember> builder)
    {
        builder.Property(b => b.FullName).HasMaxLength(200);
        builder.HasIndex(b => b.AssociationId);
    }
}
