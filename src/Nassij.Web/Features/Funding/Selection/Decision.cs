using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nassij.Web.Features.Funding.Calls;

namespace Nassij.Web.Features.Funding.Selection;

/// <summary>The committee's decision on one lot, recorded once the selection is complete; its minutes are printed from it.</summary>
public sealed class Decision
{
    public int Id { get; set; }
    public int CallId { get; set; }
    public int LotId { get; set; }
    public DateTimeOffset DecidedAt { get; set; }
    public Guid DecidedById { get; set; }
    public int Selected { get; set; }
    public int Waitlisted { get; set; }
    public int NotSelected { get; set; }
    public decimal Committed { get; set; }
    public string? Notes { get; set; }
}

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.Property(d => d.Committed).HasPrecision(14, 2);
        builder.Property(d => d.Notes).HasMaxLength(4000);
        builder.HasIndex(d => d.LotId).IsUnique();
        builder.HasOne<Call>().WithMany().HasForeignKey(d => d.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Lot>().WithMany().HasForeignKey(d => d.LotId).OnDelete(DeleteBehavior.Restrict);
    }
}
