using System.ComponentModel.DataAnnotations;
using Nassij.Web.Features.Shared;

namespace Nassij.Web.Features.Funding.Reports;

public sealed class ReportForm
{
    [StringLength(8000, ErrorMessage = "This is too long.")]
    [Display(Name = "Activities carried out")]
    public string? ActivitiesDone { get; set; }

    [Range(0, 10_000_000, ErrorMessage = "Enter a number between {1} and {2}.")]
    [Display(Name = "Beneficiaries reached")]
    public int? BeneficiariesReached { get; set; }

    [StringLength(4000, ErrorMessage = "This is too long.")]
    [Display(Name = "Difficulties met")]
    public string? Difficulties { get; set; }

    public List<ExpenseLine> Expenses { get; set; } = [];
    public List<IndicatorValueLine> Indicators { get; set; } = [];

    public void PadLines() => FormLines.Pad(Expenses, () => new ExpenseLine());
}

public sealed class ExpenseLine : IFormLine
{
    public int? Id { get; set; }

    [Display(Name = "Budget line")]
    public int? BudgetLineNumber { get; set; }

    [StringLength(300, ErrorMessage = "This is too long.")]
    [Display(Name = "Expense")]
    public string? Description { get; set; }

    [Range(0, 100_000_000, ErrorMessage = "Enter an amount between {1} and {2}.")]
    [Display(Name = "Amount (MAD)")]
    public decimal? Amount { get; set; }

    [Display(Name = "Date")]
    public DateOnly? SpentOn { get; set; }

    [StringLength(200, ErrorMessage = "This is too long.")]
    [Display(Name = "Paid to")]
    public string? Payee { get; set; }

    public Guid? FileId { get; set; }
    public string? FileName { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Description) && Amount is null && string.IsNullOrWhiteSpace(Payee) && FileId is null;
}

public sealed class IndicatorValueLine
{
    public int IndicatorId { get; set; }

    [Range(0, 1_000_000_000, ErrorMessage = "Enter a number between {1} and {2}.")]
    public decimal? Value { get; set; }
}
