using System.ComponentModel.DataAnnotations;

namespace Nassij.Web.Features.Support.Cases;

/// <summary>A question as a person types it on the web.</summary>
public sealed class QuestionForm
{
    [Required(ErrorMessage = "This field is required.")]
    [StringLength(200, ErrorMessage = "This is too long.")]
    [Display(Name = "Your name")]
    public string? Name { get; set; }

    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(256, ErrorMessage = "This is too long.")]
    [Display(Name = "E-mail address")]
    public string? Email { get; set; }

    [Phone(ErrorMessage = "Enter a valid phone number.")]
    [StringLength(30, ErrorMessage = "This is too long.")]
    [Display(Name = "Phone")]
    public string? Phone { get; set; }

    [Display(Name = "Association (optional)")]
    public int? AssociationId { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Topic")]
    public CaseTopic? Topic { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Region")]
    public string? RegionCode { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(200, ErrorMessage = "This is too long.")]
    [Display(Name = "Subject")]
    public string? Subject { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(10_000, ErrorMessage = "This is too long.")]
    [Display(Name = "Your question")]
    public string? Description { get; set; }
}
