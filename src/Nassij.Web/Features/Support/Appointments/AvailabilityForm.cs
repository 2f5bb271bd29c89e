using System.ComponentModel.DataAnnotations;

namespace Nassij.Web.Features.Support.Appointments;

/// <summary>A run of consecutive slots an adviser opens on one day.</summary>
public sealed class AvailabilityForm
{
    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Day")]
    public DateOnly? Day { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "From")]
    public TimeOnly? From { get; set; }

    [Range(1, 16, ErrorMessage = "From 1 to 16.")]
    [Display(Name = "Number of appointments")]
    public int Count { get; set; } = 4;

    [Range(15, 180, ErrorMessage = "From 15 to 180 minutes.")]
    [Display(Name = "Length of each (minutes)")]
    public int Minutes { get; set; } = 45;

    [Display(Name = "How")]
    public SlotMode Mode { get; set; } = SlotMode.InPerson;

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(300, ErrorMessage = "This is too long.")]
    [Display(Name = "Address of the centre or hub, or the video-call link")]
    public string? Place { get; set; }

    [Display(Name = "Region")]
    public string? RegionCode { get; set; }
}
