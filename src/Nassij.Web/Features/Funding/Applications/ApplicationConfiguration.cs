using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nassij.Web.Features.Associations;
using Nassij.Web.Features.Funding.Calls;
using Nassij.Web.Platform.Files;

namespace Nassij.Web.Features.Funding.Applications;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> builder)
    {
        builder.Property(a => a.Reference).HasMaxLength(30);
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.Property(a => a.Summary).HasMaxLength(4000);
        builder.Property(a => a.Objectives).HasMaxLength(4000);
        builder.Property(a => a.TargetGroup).HasMaxLength(1000);
        builder.Property(a => a.RequestedTotal).HasPrecision(14, 2);
        builder.Property(a => a.Fingerprint).HasMaxLength(64);
        builder.Property(a => a.ScreeningReason).HasMaxLength(2000);
        builder.Property(a => a.AverageScore).HasPrecision(7, 2);
        builder.Property(a => a.GrantedAmount).HasPrecision(14, 2);
        // The committee's ranking: a lot's evaluated applications by score.
        builder.HasIndex(a => new { a.LotId, a.AverageScore });
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => a.Reference).IsUnique();
        // Screening, ranking and dashboards go through a call's applications by lot and state.
        builder.HasIndex(a => new { a.CallId, a.LotId, a.State });
        builder.HasIndex(a => new { a.AssociationId, a.CallId });
        builder.HasOne<Call>().WithMany().HasForeignKey(a => a.CallId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Lot>().WithMany().HasForeignKey(a => a.LotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Association>().WithMany().HasForeignKey(a => a.AssociationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Activities).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Budget).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Indicators).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Attachments).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProjectActivityConfiguration : IEntityTypeConfiguration<ProjectActivity>
{
    public void Configure(EntityTypeBuilder<ProjectActivity> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.Property(a => a.Place).HasMaxLength(200);
    }
}

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> builder)
    {
        builder.Property(b => b.Description).HasMaxLength(300);
        builder.Property(b => b.Quantity).HasPrecision(12, 2);
        builder.Property(b => b.UnitCost).HasPrecision(14, 2);
        builder.Property(b => b.Requested).HasPrecision(14, 2);
        builder.Property(b => b.CoFunding).HasPrecision(14, 2);
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.Property(i => i.Label).HasMaxLength(300);
        builder.Property(i => i.Baseline).HasPrecision(14, 2);
        builder.Property(i => i.Target).HasPrecision(14, 2);
    }
}

internal sealed class ApplicationAttachmentConfiguration : IEntityTypeConfiguration<ApplicationAttachment>
{
    public void Configure(EntityTypeBuilder<ApplicationAttachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(a => a.FileId).OnDelete(DeleteBehavior.Restrict);
    }
}
