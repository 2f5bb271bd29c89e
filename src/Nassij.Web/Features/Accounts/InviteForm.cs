using System.ComponentModel.DataAnnotations;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Accounts;

/// <summary>Who to invite, and in which role: used by administrators and by association officers.</summary>
public class InviteForm
{
    [Required(ErrorMessage = "This field is required.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [Display(Name = "E-mail address")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(120, ErrorMessage = "This is too long.")]
    [Display(Name = "Full name")]
    public string DisplayName { get; set; } = string.Empty;

    [Display(Name = "Role")]
    public Role Role { get; set; } = Role.Member;
}
