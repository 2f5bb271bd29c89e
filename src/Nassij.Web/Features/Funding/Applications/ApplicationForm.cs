using System.ComponentModel.DataAnnotations;
using Nassij.Web.Features.Shared;

namespace Nassij.Web.Features.Funding.Applications;

/// <summary>An application as officers type it. A draft keeps whatever is well formed; completeness is checked at submission.</summary>
public sealed class ApplicationForm
{
    [StringLength(300, ErrorMessage = "This is too long.")]
    [Display(Name = "Title of the project")]
    public string? Title { get; set; }

    [StringLength(4000, ErrorMessage = "This is too long.")]
    [Display(Name = "Summary")]
    public string? Summary { get; set; }

    [StringLength(4000, ErrorMessage = "This is too long.")]
    [Display(Name = "Objectives")]
    public string? Objectives { get; set; }

    [StringLength(1000, ErrorMessage = "This is too long.")]
    [Display(Name = "Target group")]
    public string? TargetGroup { get; set; }

    [Range(0, 10_000_000, ErrorMessage = "Enter a number between {1} and {2}.")]
    [Display(Name = "Number of beneficiaries")]
    public int? Beneficiaries { get; set; }

    public List<ActivityLine> Activities { get; set; } = [];
    public List<BudgetFormLine> Budget { get; set; } = [];
    public List<IndicatorLine> Indicators { get; set; } = [];

    public void PadLines()
    {
        FormLines.Pad(Activities, () => new ActivityLine());
        FormLines.Pad(Budget, () => new BudgetFormLine());
        FormLines.Pad(Indicators, () => new IndicatorLine());
    }
}

public sealed class ActivityLine : IFormLine
{
    public int? Id { get; set; }

    [StringLength(300, ErrorMessage = "This is too long.")]
    [Display(Name = "Activity")]
    public string? Title { get; set; }

    [Display(Name = "From")]
    public DateOnly? StartsOn { get; set; }

    [Display(Name = "To")]
    public DateOnly? EndsOn { get; set; }

    [StringLength(200, ErrorMessage = "This is too long.")]
    [Display(Name = "Place")]
    public string? Place { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Place) && StartsOn is null && EndsOn is null;
}

public sealed class BudgetFormLine : IFormLine
{
    public int? Id { get; set; }

    [Display(Name = "Category")]
    public BudgetCategory Category { get; set; } = BudgetCategory.Activities;

    [StringLength(300, ErrorMessage = "This is too long.")]
    [Display(Name = "Description")]
    public string? Description { get; set; }

    [Range(0, 1_000_000, ErrorMessage = "Enter a number between {1} and {2}.")]
    [Display(Name = "Quantity")]
    public decimal? Quantity { get; set; }

    [Range(0, 100_000_000, ErrorMessage = "Enter an amount between {1} and {2}.")]
    [Display(Name = "Unit cost (MAD)")]
    public decimal? UnitCost { get; set; }

    [Range(0, 100_000_000, ErrorMessage = "Enter an amount between {1} and {2}.")]
    [Display(Name = "Requested (MAD)")]
    public decimal? Requested { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Description) && Quantity is null && UnitCost is null && Requested is null;
}

public sealed class IndicatorLine : IFormLine
{
    public int? Id { get; set; }

    [StringLength(300, ErrorMessage = "This is too long.")]
    [Display(Name = "Indicator")]
    public string? Label { get; set; }

    [Range(0, 1_000_000_000, ErrorMessage = "Enter a number between {1} and {2}.")]
    [Display(Name = "Baseline")]
    public decimal? Baseline { get; set; }

    [Range(0, 1_000_000_000, ErrorMessage = "Enter a number between {1} and {2}.")]
    [Display(Name = "Target")]
    public decimal? Target { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Label) && Baseline is null && Target is null;
}
