using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nassij.Web.Features.Associations;

namespace Nassij.Web.Features.Workspace.Books;

internal sealed class MoneyAccountConfiguration : IEntityTypeConfiguration<MoneyAccount>
{
    public void Configure(EntityTypeBuilder<MoneyAccount> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(100);
        builder.Property(a => a.Rib).HasMaxLength(24);
        builder.HasIndex(a => a.AssociationId);
        builder.HasOne<Association>().WithMany().HasForeignKey(a => a.AssociationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BookEntryConfiguration : IEntityTypeConfiguration<BookEntry>
{
    public void Configure(EntityTypeBuilder<BookEntry> builder)
    {
        builder.Property(e => e.Amount).HasPrecision(14, 2);
        builder.Property(e => e.Label).HasMaxLength(200);
        builder.Property(e => e.Payee).HasMaxLength(150);
        builder.Property(e => e.Reference).HasMaxLength(100);
        builder.Property(e => e.CategoryCode).HasMaxLength(8);
        builder.Property(e => e.AgreementNumber).HasMaxLength(50);
        builder.Property(e => e.Funder).HasMaxLength(150);
        builder.Property(e => e.DeclarationReference).HasMaxLength(100);
        builder.Property(e => e.ReversalReason).HasMaxLength(300);
        builder.Property(e => e.RecordedByName).HasMaxLength(256);
        builder.Property(e => e.SearchKey).HasMaxLength(700);
        builder.HasIndex(e => new { e.AssociationId, e.Year, e.Number }).IsUnique();
        builder.HasIndex(e => new { e.AssociationId, e.Date });
        builder.HasIndex(e => e.DuesPaymentId);
        // Foreign funding not yet declared, for the dashboard.
        builder.HasIndex(e => new { e.AssociationId, e.Source, e.DeclaredOn });
        builder.HasMany(e => e.Lines).WithOne().HasForeignKey(l => l.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Association>().WithMany().HasForeignKey(e => e.AssociationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BookLineConfiguration : IEntityTypeConfiguration<BookLine>
{
    public void Configure(EntityTypeBuilder<BookLine> builder)
    {
        builder.Property(l => l.Amount).HasPrecision(14, 2);
        builder.Property(l => l.CategoryCode).HasMaxLength(8);
        // Balances by account and totals by category, for a year or up to it.
        builder.HasIndex(l => new { l.AssociationId, l.AccountId, l.Year });
        builder.HasIndex(l => new { l.AssociationId, l.Year, l.CategoryCode });
    }
}

internal sealed class BookYearConfiguration : IEntityTypeConfiguration<BookYear>
{
    public void Configure(EntityTypeBuilder<BookYear> builder)
    {
        builder.Property(y => y.ClosedByName).HasMaxLength(256);
        builder.HasIndex(y => new { y.AssociationId, y.Year }).IsUnique();
        builder.HasOne<Association>().WithMany().HasForeignKey(y => y.AssociationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BookProjectConfiguration : IEntityTypeConfiguration<BookProject>
{
    public void Configure(EntityTypeBuilder<BookProject> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(150);
        builder.HasIndex(p => p.AssociationId);
        builder.HasOne<Association>().WithMany().HasForeignKey(p => p.AssociationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> builder)
    {
        builder.Property(b => b.Amount).HasPrecision(14, 2);
        builder.Property(b => b.CategoryCode).HasMaxLength(8);
        builder.HasIndex(b => new { b.AssociationId, b.Year, b.ProjectId, b.CategoryCode });
        builder.HasOne<Association>().WithMany().HasForeignKey(b => b.AssociationId).OnDelete(DeleteBehavior.Cascade);
    }
}
