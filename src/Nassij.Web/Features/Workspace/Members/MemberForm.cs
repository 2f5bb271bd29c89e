using System.ComponentModel.DataAnnotations;

namespace Nassij.Web.Features.Workspace.Members;

/// <summary>A member's data as an officer types it: used to add and to edit.</summary>
public sealed class MemberForm
{
    [StringLength(200, ErrorMessage = "This is too long.")]
    [Display(Name = "Name in Arabic letters")]
    public string? NameAr { get; set; }

    [StringLength(200, ErrorMessage = "This is too long.")]
    [Display(Name = "Name in Latin letters")]
    public string? NameLatin { get; set; }

    [RegularExpression("^[A-Za-z]{1,2}[0-9]{1,7}$", ErrorMessage = "A national ID number is one or two letters followed by digits, like BE123456.")]
    [Display(Name = "National ID number (optional)")]
    public string? NationalId { get; set; }

    [Phone(ErrorMessage = "Enter a valid phone number.")]
    [StringLength(30, ErrorMessage = "This is too long.")]
    [Display(Name = "Phone")]
    public string? Phone { get; set; }

    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(256, ErrorMessage = "This is too long.")]
    [Display(Name = "E-mail address")]
    public string? Email { get; set; }

    [StringLength(300, ErrorMessage = "This is too long.")]
    [Display(Name = "Address")]
    public string? Address { get; set; }

    [Display(Name = "Category")]
    public MemberCategory Category { get; set; } = MemberCategory.Active;

    [Display(Name = "Status")]
    public MemberStatus Status { get; set; } = MemberStatus.Active;

    [Required(ErrorMessage = "This field is required.")]
    [DataType(DataType.Date)]
    [Display(Name = "Joining date")]
    public DateOnly? JoinedOn { get; set; }

    [Display(Name = "The member agreed that the association processes these data for the purpose below (law 09-08)")]
    public bool Consent { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(300, ErrorMessage = "This is too long.")]
    [Display(Name = "Purpose of the processing")]
    public string ConsentPurpose { get; set; } = string.Empty;
}
