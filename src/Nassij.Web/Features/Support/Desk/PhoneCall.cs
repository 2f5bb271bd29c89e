using System.ComponentModel.DataAnnotations;
using Nassij.Web.Features.Support.Cases;

namespace Nassij.Web.Features.Support.Desk;

/// <summary>A phone call as an adviser types it while talking.</summary>
public sealed class PhoneCall
{
    [Required(ErrorMessage = "This field is required.")]
    [Phone(ErrorMessage = "Enter a valid phone number.")]
    [StringLength(30, ErrorMessage = "This is too long.")]
    [Display(Name = "Caller's phone")]
    public string? Phone { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(200, ErrorMessage = "This is too long.")]
    [Display(Name = "Caller's name")]
    public string? Name { get; set; }

    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(256, ErrorMessage = "This is too long.")]
    [Display(Name = "E-mail address")]
    public string? Email { get; set; }

    [Display(Name = "Association number (optional)")]
    public int? AssociationId { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Topic")]
    public CaseTopic? Topic { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Region")]
    public string? RegionCode { get; set; }

    [Display(Name = "Priority")]
    public CasePriority Priority { get; set; } = CasePriority.Normal;

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(200, ErrorMessage = "This is too long.")]
    [Display(Name = "Subject")]
    public string? Subject { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(10_000, ErrorMessage = "This is too long.")]
    [Display(Name = "What the caller asks")]
    public string? Question { get; set; }

    [StringLength(10_000, ErrorMessage = "This is too long.")]
    [Display(Name = "Answer given on the phone (optional)")]
    public string? Answer { get; set; }

    [Display(Name = "Language of the caller")]
    public string Language { get; set; } = "ar";
}
