using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nassij.Web.Features.Associations;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Features.Funding.Calls;

namespace Nassij.Web.Features.Funding.Agreements;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.Property(a => a.Number).HasMaxLength(30);
        builder.Property(a => a.Amount).HasPrecision(14, 2);
        builder.Property(a => a.RefundDue).HasPrecision(14, 2);
        builder.Property(a => a.TerminationReason).HasMaxLength(2000);
        builder.Property(a => a.CodeHash).HasMaxLength(64);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => a.Number).IsUnique();
        builder.HasIndex(a => a.ApplicationId).IsUnique();
        builder.HasIndex(a => new { a.AssociationId, a.State });
        builder.HasIndex(a => new { a.CallId, a.State });
        builder.HasOne<Call>().WithMany().HasForeignKey(a => a.CallId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Application>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Association>().WithMany().HasForeignKey(a => a.AssociationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Tranches).WithOne().HasForeignKey(t => t.AgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TrancheConfiguration : IEntityTypeConfiguration<Tranche>
{
    public void Configure(EntityTypeBuilder<Tranche> builder)
    {
        builder.Property(t => t.Amount).HasPrecision(14, 2);
        builder.Property(t => t.PaymentOrderNumber).HasMaxLength(30);
        builder.Property(t => t.BankReference).HasMaxLength(60);
        builder.Property(t => t.WithheldReason).HasMaxLength(2000);
        builder.HasIndex(t => new { t.AgreementId, t.Number }).IsUnique();
        // The finance officer's queue: tranches by state.
        builder.HasIndex(t => t.State);
    }
}

internal sealed class BankAccountConfiguration : IEntityTypeConfiguration<BankAccount>
{
    public void Configure(EntityTypeBuilder<BankAccount> builder)
    {
        builder.Property(b => b.Rib).HasMaxLength(24);
        builder.Property(b => b.BankName).HasMaxLength(120);
        builder.Property(b => b.Holder).HasMaxLength(200);
        builder.HasIndex(b => b.AssociationId).IsUnique();
        builder.HasIndex(b => b.VerifiedAt);
        builder.HasOne<Association>().WithMany().HasForeignKey(b => b.AssociationId).OnDelete(DeleteBehavior.Cascade);
    }
}
