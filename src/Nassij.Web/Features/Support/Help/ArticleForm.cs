using System.ComponentModel.DataAnnotations;

namespace Nassij.Web.Features.Support.Help;

/// <summary>An article as its editor writes it, in both languages.</summary>
public sealed class ArticleForm
{
    [Required(ErrorMessage = "This field is required.")]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Lower-case letters, digits and dashes, like general-assembly.")]
    [StringLength(100, ErrorMessage = "This is too long.")]
    [Display(Name = "Address (slug)")]
    public string? Slug { get; set; }

    [Display(Name = "Kind")]
    public ArticleKind Kind { get; set; } = ArticleKind.Article;

    [Display(Name = "Theme")]
    public ArticleCategory Category { get; set; } = ArticleCategory.Founding;

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(200, ErrorMessage = "This is too long.")]
    [Display(Name = "Title in Arabic")]
    public string? TitleAr { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(200, ErrorMessage = "This is too long.")]
    [Display(Name = "Title in French")]
    public string? TitleFr { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(500, ErrorMessage = "This is too long.")]
    [Display(Name = "Summary in Arabic")]
    public string? SummaryAr { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(500, ErrorMessage = "This is too long.")]
    [Display(Name = "Summary in French")]
    public string? SummaryFr { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(500, ErrorMessage = "This is too long.")]
    [Display(Name = "Legal basis in Arabic")]
    public string? LegalBasisAr { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(500, ErrorMessage = "This is too long.")]
    [Display(Name = "Legal basis in French")]
    public string? LegalBasisFr { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(50_000, ErrorMessage = "This is too long.")]
    [Display(Name = "Text in Arabic (Markdown)")]
    public string? BodyAr { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(50_000, ErrorMessage = "This is too long.")]
    [Display(Name = "Text in French (Markdown)")]
    public string? BodyFr { get; set; }

    [Display(Name = "Published")]
    public bool Published { get; set; } = true;
}
