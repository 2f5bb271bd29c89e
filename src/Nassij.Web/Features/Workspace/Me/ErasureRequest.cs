using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nassij.Web.Features.Workspace.Members;

namespace Nassij.Web.Features.Workspace.Me;

public enum ErasureDecision
{
    Pending = 1,
    Erased = 2,
    Refused = 3,
}

/// <summary>A member's request that the association erase their personal data (law 09-08, right to object and to erasure).
/// The association decides: erasing keeps the money records but not the person; a refusal says why (a legal duty to keep).</summary>
public sealed class ErasureRequest
{
    public int Id { get; set; }
    public int AssociationId { get; set; }
    public int MemberId { get; set; }
    public Guid RequestedById { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public string? Reason { get; set; }
    public ErasureDecision Decision { get; set; } = ErasureDecision.Pending;
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedByName { get; set; }
    public string? DecisionNote { get; set; }
}

internal sealed class ErasureRequestConfiguration : IEntityTypeConfiguration<ErasureRequest>
{
    public void Configure(EntityTypeBuilder<ErasureRequest> builder)
    {
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.DecidedByName).HasMaxLength(256);
        builder.Property(r => r.DecisionNote).HasMaxLength(500);
        builder.HasIndex(r => new { r.AssociationId, r.Decision });
        builder.HasIndex(r => r.MemberId);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
