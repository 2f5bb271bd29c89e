using System.ComponentModel.DataAnnotations;

namespace Nassij.Web.Features.Workspace.Dues;

/// <summary>A payment as the treasurer records it.</summary>
public sealed class PaymentForm
{
    [Required(ErrorMessage = "This field is required.")]
    [Range(0.01, 1_000_000, ErrorMessage = "Enter an amount between 0 and 1,000,000 MAD.")]
    [Display(Name = "Amount (MAD)")]
    public decimal? Amount { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [DataType(DataType.Date)]
    [Display(Name = "Paid on")]
    public DateOnly? PaidOn { get; set; }

    [Display(Name = "Paid by")]
    public PaymentMethod Method { get; set; } = PaymentMethod.Cash;

    [StringLength(100, ErrorMessage = "This is too long.")]
    [Display(Name = "Cheque or transfer reference")]
    public string? Reference { get; set; }
}
