using System.ComponentModel.DataAnnotations;

namespace Nassij.Web.Features.Funding.Agreements;

public sealed class BankAccountForm
{
    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "RIB (24 digits)")]
    public string Rib { get; set; } = string.Empty;

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(120, ErrorMessage = "This is too long.")]
    [Display(Name = "Bank")]
    public string BankName { get; set; } = string.Empty;

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(200, ErrorMessage = "This is too long.")]
    [Display(Name = "Account holder")]
    public string Holder { get; set; } = string.Empty;
}
