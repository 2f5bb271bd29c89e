using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nassij.Web.Features.Funding.Agreements;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Platform.Files;

namespace Nassij.Web.Features.Funding.Reports;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.Property(r => r.ActivitiesDone).HasMaxLength(8000);
        builder.Property(r => r.Difficulties).HasMaxLength(4000);
        builder.Property(r => r.ReviewNote).HasMaxLength(4000);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.AgreementId, r.TrancheNumber }).IsUnique();
        // Staff's queue of reports to verify.
        builder.HasIndex(r => new { r.State, r.SubmittedAt });
        builder.HasOne<Agreement>().WithMany().HasForeignKey(r => r.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Expenses).WithOne().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Indicators).WithOne().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ExpenseConfiguration : IEntityTypeConfiguration<Expense>
{
    public void Configure(EntityTypeBuilder<Expense> builder)
    {
        builder.Property(e => e.Description).HasMaxLength(300);
        builder.Property(e => e.Payee).HasMaxLength(200);
        builder.Property(e => e.Amount).HasPrecision(14, 2);
        builder.Property(e => e.FileName).HasMaxLength(255);
        builder.Property(e => e.ReviewNote).HasMaxLength(1000);
        // Supporting documents of public money are kept: a file in a report cannot be deleted under it.
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(e => e.FileId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> builder)
    {
        builder.Property(v => v.Value).HasPrecision(14, 2);
        builder.HasIndex(v => new { v.ReportId, v.IndicatorId }).IsUnique();
        builder.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}
