using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Nassij.Web.Features.Support.Help;

public enum ArticleKind
{
    Article = 1,

    /// <summary>A model to download and fill in: statutes, convocation, minutes, declarations, report templates.</summary>
    ModelDocument = 2,
}

public enum ArticleCategory
{
    Founding = 1,
    Governance = 2,
    Money = 3,
    PublicFunding = 4,
    PersonalData = 5,
    Digital = 6,
}

/// <summary>A knowledge-base page in Arabic and French, written in Markdown, naming the law it rests on.</summary>
public sealed class Article
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public ArticleKind Kind { get; set; } = ArticleKind.Article;
    public ArticleCategory Category { get; set; }
    public required string TitleAr { get; set; }
    public required string TitleFr { get; set; }
    public required string SummaryAr { get; set; }
    public required string SummaryFr { get; set; }
    public required string BodyAr { get; set; }
    public required string BodyFr { get; set; }

    /// <summary>The texts it rests on, e.g. "Dahir 1-58-376, art. 5".</summary>
    public required string LegalBasisAr { get; set; }
    public required string LegalBasisFr { get; set; }

    public bool Published { get; set; } = true;
    public int Views { get; set; }
    public int Useful { get; set; }
    public int NotUseful { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string SearchKey { get; set; } = string.Empty;
    public int Version { get; set; }

    public string Title(bool arabic) => arabic ? TitleAr : TitleFr;
    public string Summary(bool arabic) => arabic ? SummaryAr : SummaryFr;
    public string Body(bool arabic) => arabic ? BodyAr : BodyFr;
    public string LegalBasis(bool arabic) => arabic ? LegalBasisAr : LegalBasisFr;
}

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Slug).HasMaxLength(100);
        builder.Property(a => a.TitleAr).HasMaxLength(200);
        builder.Property(a => a.TitleFr).HasMaxLength(200);
        builder.Property(a => a.SummaryAr).HasMaxLength(500);
        builder.Property(a => a.SummaryFr).HasMaxLength(500);
        builder.Property(a => a.LegalBasisAr).HasMaxLength(500);
        builder.Property(a => a.LegalBasisFr).HasMaxLength(500);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.HasIndex(a => new { a.Kind, a.Published, a.Category });
        builder.HasIndex(a => new { a.Published, a.Views });
    }
}
