using System.ComponentModel.DataAnnotations;

namespace Nassij.Web.Features.Workspace.Governance;

/// <summary>A meeting as the secretary plans it.</summary>
public sealed class MeetingForm
{
    [Display(Name = "Body")]
    public BodyKind Body { get; set; } = BodyKind.GeneralAssembly;

    [Display(Name = "Kind of meeting")]
    public MeetingKind Kind { get; set; } = MeetingKind.Ordinary;

    [Display(Name = "Second call (the first lacked the quorum)")]
    public bool SecondCall { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Date and time")]
    public DateTime? StartsAt { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(300, ErrorMessage = "This is too long.")]
    [Display(Name = "Place")]
    public string? Place { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(4000, ErrorMessage = "This is too long.")]
    [Display(Name = "Agenda (one item per line)")]
    public string? Agenda { get; set; }
}
