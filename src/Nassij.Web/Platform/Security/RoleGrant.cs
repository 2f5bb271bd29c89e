using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nassij.Web.Features.Accounts;
using Nassij.Web.Features.Associations;

namespace Nassij.Web.Platform.Security;

/// <summary>A role held by a person, with its scope: an association for association roles,
/// a region for a regional coordinator, none for national roles.</summary>
public sealed class RoleGrant
{
    public int Id { get; set; }
    public Guid PersonId { get; set; }
    public Person? Person { get; set; }
    public Role Role { get; set; }
    public int? AssociationId { get; set; }
    public Association? Association { get; set; }
    public string? RegionCode { get; set; }
    public DateTimeOffset GrantedAt { get; set; }
    public Guid? GrantedById { get; set; }
}

internal sealed class RoleGrantConfiguration : IEntityTypeConfiguration<RoleGrant>
{
    public void Configure(EntityTypeBuilder<RoleGrant> builder)
    {
        builder.Property(g => g.RegionCode).HasMaxLength(2);
        builder.HasIndex(g => new { g.PersonId, g.Role, g.AssociationId }).IsUnique();
        builder.HasIndex(g => new { g.AssociationId, g.Role });
        builder.HasOne(g => g.Person).WithMany().HasForeignKey(g => g.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(g => g.Association).WithMany().HasForeignKey(g => g.AssociationId).OnDelete(DeleteBehavior.Cascade);
    }
}
