using System.ComponentModel.DataAnnotations;
using Nassij.Web.Features.Shared;

namespace Nassij.Web.Features.Funding.Calls;

/// <summary>A call as the call manager types it. Lists come with blank lines to fill; a blank line is ignored.</summary>
public sealed class CallForm
{
    [Required(ErrorMessage = "This field is required.")]
    [StringLength(300, ErrorMessage = "This is too long.")]
    [Display(Name = "Title in Arabic")]
    public string TitleAr { get; set; } = string.Empty;

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(300, ErrorMessage = "This is too long.")]
    [Display(Name = "Title in French")]
    public string TitleFr { get; set; } = string.Empty;

    [StringLength(20_000, ErrorMessage = "This is too long.")]
    [Display(Name = "Text of the call in Arabic")]
    public string? TextAr { get; set; }

    [StringLength(20_000, ErrorMessage = "This is too long.")]
    [Display(Name = "Text of the call in French")]
    public string? TextFr { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Opens (Morocco time)")]
    public DateTime? OpensAt { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Closes (Morocco time)")]
    public DateTime? ClosesAt { get; set; }

    [Range(0, 600, ErrorMessage = "Enter a number between {1} and {2}.")]
    [Display(Name = "Minimum age of the association (months since its receipt)")]
    public int MinimumAgeMonths { get; set; }

    [Display(Name = "Regions that may apply (none ticked: all)")]
    public List<string> Regions { get; set; } = [];

    [Range(1, 9, ErrorMessage = "Enter a number between {1} and {2}.")]
    [Display(Name = "Evaluators per application")]
    public int EvaluatorsPerApplication { get; set; } = 2;

    [Display(Name = "Blind review: evaluators do not see who applied")]
    public bool BlindReview { get; set; }

    [Range(1, 9, ErrorMessage = "Enter a number between {1} and {2}.")]
    [Display(Name = "Applications allowed per association and lot")]
    public int ApplicationsPerLot { get; set; } = 1;

    [Range(1, 100, ErrorMessage = "Enter a number between {1} and {2}.")]
    [Display(Name = "First tranche, paid at signature (%)")]
    public int FirstTranchePercent { get; set; } = 50;

    public List<LotLine> Lots { get; set; } = [];
    public List<CriterionLine> Criteria { get; set; } = [];
    public List<TextLine> Documents { get; set; } = [];
    public List<TextLine> Declarations { get; set; } = [];

    [Display(Name = "Committee")]
    public List<Guid> Evaluators { get; set; } = [];

    [StringLength(1000, ErrorMessage = "This is too long.")]
    [Display(Name = "Reason for the amendment (shown to applicants)")]
    public string? AmendmentReason { get; set; }

    public void PadLines()
    {
        FormLines.Pad(Lots, () => new LotLine());
        FormLines.Pad(Criteria, () => new CriterionLine());
        FormLines.Pad(Documents, () => new TextLine());
        FormLines.Pad(Declarations, () => new TextLine());
    }
}

public sealed class LotLine : IFormLine
{
    public int? Id { get; set; }

    [StringLength(300, ErrorMessage = "This is too long.")]
    [Display(Name = "Theme in Arabic")]
    public string? ThemeAr { get; set; }

    [StringLength(300, ErrorMessage = "This is too long.")]
    [Display(Name = "Theme in French")]
    public string? ThemeFr { get; set; }

    [Range(0, 1_000_000_000, ErrorMessage = "Enter an amount between {1} and {2}.")]
    [Display(Name = "Envelope (MAD)")]
    public decimal? Envelope { get; set; }

    [Range(0, 1_000_000_000, ErrorMessage = "Enter an amount between {1} and {2}.")]
    [Display(Name = "Minimum grant (MAD)")]
    public decimal? MinimumGrant { get; set; }

    [Range(0, 1_000_000_000, ErrorMessage = "Enter an amount between {1} and {2}.")]
    [Display(Name = "Maximum grant (MAD)")]
    public decimal? MaximumGrant { get; set; }

    [Range(0, 100_000, ErrorMessage = "Enter a number between {1} and {2}.")]
    [Display(Name = "Indicative number of projects")]
    public int? IndicativeProjects { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(ThemeAr) && string.IsNullOrWhiteSpace(ThemeFr) && Envelope is null && MaximumGrant is null;
}

public sealed class CriterionLine : IFormLine
{
    public int? Id { get; set; }

    [StringLength(300, ErrorMessage = "This is too long.")]
    [Display(Name = "Criterion in Arabic")]
    public string? LabelAr { get; set; }

    [StringLength(300, ErrorMessage = "This is too long.")]
    [Display(Name = "Criterion in French")]
    public string? LabelFr { get; set; }

    [Range(1, 1000, ErrorMessage = "Enter a number between {1} and {2}.")]
    [Display(Name = "Maximum points")]
    public int? MaxPoints { get; set; }

    [StringLength(2000, ErrorMessage = "This is too long.")]
    [Display(Name = "Guidance for evaluators in Arabic")]
    public string? GuidanceAr { get; set; }

    [StringLength(2000, ErrorMessage = "This is too long.")]
    [Display(Name = "Guidance for evaluators in French")]
    public string? GuidanceFr { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(LabelAr) && string.IsNullOrWhiteSpace(LabelFr) && MaxPoints is null;
}

/// <summary>A required document or a declaration: the same text in both languages.</summary>
public sealed class TextLine : IFormLine
{
    public int? Id { get; set; }

    [StringLength(1000, ErrorMessage = "This is too long.")]
    [Display(Name = "In Arabic")]
    public string? Ar { get; set; }

    [StringLength(1000, ErrorMessage = "This is too long.")]
    [Display(Name = "In French")]
    public string? Fr { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Ar) && string.IsNullOrWhiteSpace(Fr);
}
