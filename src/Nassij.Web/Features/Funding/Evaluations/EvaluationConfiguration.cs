using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nassij.Web.Features.Accounts;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Features.Funding.Calls;

namespace Nassij.Web.Features.Funding.Evaluations;

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> builder)
    {
        builder.Property(e => e.ConflictReason).HasMaxLength(1000);
        builder.Property(e => e.Version).IsConcurrencyToken();
        // An evaluator's list, an application's evaluations, a call's progress.
        builder.HasIndex(e => new { e.EvaluatorId, e.State });
        builder.HasIndex(e => new { e.ApplicationId, e.EvaluatorId }).IsUnique();
        builder.HasIndex(e => new { e.CallId, e.State });
        builder.HasOne<Application>().WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Call>().WithMany().HasForeignKey(e => e.CallId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.EvaluatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Scores).WithOne().HasForeignKey(s => s.EvaluationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ScoreConfiguration : IEntityTypeConfiguration<Score>
{
    public void Configure(EntityTypeBuilder<Score> builder)
    {
        builder.Property(s => s.Justification).HasMaxLength(4000);
        builder.HasIndex(s => new { s.EvaluationId, s.CriterionId }).IsUnique();
        builder.HasOne<Criterion>().WithMany().HasForeignKey(s => s.CriterionId).OnDelete(DeleteBehavior.Restrict);
    }
}
