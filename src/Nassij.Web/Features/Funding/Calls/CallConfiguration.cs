using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nassij.Web.Features.Accounts;

namespace Nassij.Web.Features.Funding.Calls;

internal sealed class CallConfiguration : IEntityTypeConfiguration<Call>
{
    public void Configure(EntityTypeBuilder<Call> builder)
    {
        builder.Property(c => c.TitleAr).HasMaxLength(300);
        builder.Property(c => c.TitleFr).HasMaxLength(300);
        builder.Property(c => c.TextAr).HasMaxLength(20_000);
        builder.Property(c => c.TextFr).HasMaxLength(20_000);
        builder.Property(c => c.AllowedRegions).HasMaxLength(60);
        builder.Property(c => c.CancelReason).HasMaxLength(1000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.State, c.ClosesAt });
        builder.HasMany(c => c.Lots).WithOne().HasForeignKey(l => l.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Criteria).WithOne().HasForeignKey(l => l.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Documents).WithOne().HasForeignKey(l => l.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Declarations).WithOne().HasForeignKey(l => l.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Committee).WithOne().HasForeignKey(l => l.CallId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LotConfiguration : IEntityTypeConfiguration<Lot>
{
    public void Configure(EntityTypeBuilder<Lot> builder)
    {
        builder.Property(l => l.ThemeAr).HasMaxLength(300);
        builder.Property(l => l.ThemeFr).HasMaxLength(300);
        builder.Property(l => l.Envelope).HasPrecision(14, 2);
        builder.Property(l => l.MinimumGrant).HasPrecision(14, 2);
        builder.Property(l => l.MaximumGrant).HasPrecision(14, 2);
    }
}

internal sealed class CriterionConfiguration : IEntityTypeConfiguration<Criterion>
{
    public void Configure(EntityTypeBuilder<Criterion> builder)
    {
        builder.Property(c => c.LabelAr).HasMaxLength(300);
        builder.Property(c => c.LabelFr).HasMaxLength(300);
        builder.Property(c => c.GuidanceAr).HasMaxLength(2000);
        builder.Property(c => c.GuidanceFr).HasMaxLength(2000);
    }
}

internal sealed class RequiredDocumentConfiguration : IEntityTypeConfiguration<RequiredDocument>
{
    public void Configure(EntityTypeBuilder<RequiredDocument> builder)
    {
        builder.Property(d => d.LabelAr).HasMaxLength(300);
        builder.Property(d => d.LabelFr).HasMaxLength(300);
    }
}

internal sealed class DeclarationConfiguration : IEntityTypeConfiguration<Declaration>
{
    public void Configure(EntityTypeBuilder<Declaration> builder)
    {
        builder.Property(d => d.TextAr).HasMaxLength(1000);
        builder.Property(d => d.TextFr).HasMaxLength(1000);
    }
}

internal sealed class CommitteeSeatConfiguration : IEntityTypeConfiguration<CommitteeSeat>
{
    public void Configure(EntityTypeBuilder<CommitteeSeat> builder)
    {
        builder.HasKey(s => new { s.CallId, s.PersonId });
        builder.HasIndex(s => s.PersonId);
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
