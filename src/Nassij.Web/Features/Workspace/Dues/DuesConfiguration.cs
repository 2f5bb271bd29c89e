using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nassij.Web.Features.Associations;

namespace Nassij.Web.Features.Workspace.Dues;

internal sealed class FeeScheduleConfiguration : IEntityTypeConfiguration<FeeSchedule>
{
    public void Configure(EntityTypeBuilder<FeeSchedule> builder)
    {
        builder.Property(f => f.Amount).HasPrecision(12, 2);
        builder.HasIndex(f => new { f.AssociationId, f.Year, f.Category }).IsUnique();
        builder.HasOne<Association>().WithMany().HasForeignKey(f => f.AssociationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MemberDuesConfiguration : IEntityTypeConfiguration<MemberDues>
{
    public void Configure(EntityTypeBuilder<MemberDues> builder)
    {
        builder.ToTable("MemberDues");
        builder.Property(d => d.Owed).HasPrecision(12, 2);
        builder.Property(d => d.Paid).HasPrecision(12, 2);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => new { d.MemberId, d.Year }).IsUnique();
        // "Who has not paid this year" within one association, in due-date order.
        builder.HasIndex(d => new { d.AssociationId, d.Year, d.Settled, d.DueOn });
        builder.HasOne(d => d.Member).WithMany().HasForeignKey(d => d.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Association>().WithMany().HasForeignKey(d => d.AssociationId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class DuesPaymentConfiguration : IEntityTypeConfiguration<DuesPayment>
{
    public void Configure(EntityTypeBuilder<DuesPayment> builder)
    {
        builder.Property(p => p.Amount).HasPrecision(12, 2);
        builder.Property(p => p.Reference).HasMaxLength(100);
        builder.Property(p => p.RecordedByName).HasMaxLength(256);
        builder.Property(p => p.CancelReason).HasMaxLength(300);
        builder.HasIndex(p => new { p.AssociationId, p.ReceiptYear, p.ReceiptNumber }).IsUnique();
        builder.HasIndex(p => new { p.MemberId, p.Year });
        builder.HasIndex(p => new { p.AssociationId, p.PaidOn });
        builder.HasOne(p => p.Member).WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Association>().WithMany().HasForeignKey(p => p.AssociationId).OnDelete(DeleteBehavior.NoAction);
    }
}
