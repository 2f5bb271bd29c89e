using System.ComponentModel.DataAnnotations;

namespace Nassij.Web.Features.Workspace.Books;

/// <summary>An income, an expense or a transfer as the treasurer writes it.</summary>
public sealed class EntryForm
{
    [Required(ErrorMessage = "This field is required.")]
    [Range(0.01, 100_000_000, ErrorMessage = "Enter an amount between 0 and 100,000,000 MAD.")]
    [Display(Name = "Amount (MAD)")]
    public decimal? Amount { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [DataType(DataType.Date)]
    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Account")]
    public int AccountId { get; set; }

    [Display(Name = "To account")]
    public int? ToAccountId { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(200, ErrorMessage = "This is too long.")]
    [Display(Name = "Description")]
    public string? Label { get; set; }

    [StringLength(150, ErrorMessage = "This is too long.")]
    [Display(Name = "Paid to or received from")]
    public string? Payee { get; set; }

    [StringLength(100, ErrorMessage = "This is too long.")]
    [Display(Name = "Reference (invoice, cheque, transfer)")]
    public string? Reference { get; set; }

    [Display(Name = "Category")]
    public string? CategoryCode { get; set; }

    [Display(Name = "Whose money")]
    public FundSource Source { get; set; } = FundSource.Own;

    [Display(Name = "Project")]
    public int? ProjectId { get; set; }

    [Display(Name = "Grant agreement")]
    public int? AgreementId { get; set; }

    [StringLength(50, ErrorMessage = "This is too long.")]
    [Display(Name = "Agreement number")]
    public string? AgreementNumber { get; set; }

    [DataType(DataType.Date)]
    [Display(Name = "Agreement date")]
    public DateOnly? AgreementDate { get; set; }

    [StringLength(150, ErrorMessage = "This is too long.")]
    [Display(Name = "Funder")]
    public string? Funder { get; set; }

    public EntryDraft Draft(EntryKind kind) => new(kind, Date!.Value, Amount!.Value, AccountId, ToAccountId, Label!, Payee, Reference,
        CategoryCode, Source, ProjectId, AgreementId, AgreementNumber, AgreementDate, Funder);
}
