using System.ComponentModel.DataAnnotations;
using Nassij.Web.Features.Associations;
using Nassij.Web.Features.Shared;

namespace Nassij.Web.Features.Workspace.Board;

/// <summary>The board the general assembly elected, as the secretary writes it from the minutes.</summary>
public sealed class RenewalForm
{
    [Required(ErrorMessage = "This field is required.")]
    [DataType(DataType.Date)]
    [Display(Name = "Elected on")]
    public DateOnly? ElectedOn { get; set; }

    [Display(Name = "At the meeting")]
    public int? MeetingId { get; set; }

    public List<SeatLine> Seats { get; set; } = [];
}

public sealed class SeatLine
{
    public Office Office { get; set; } = Office.Adviser;

    [StringLength(200, ErrorMessage = "This is too long.")]
    [Display(Name = "Full name")]
    public string? FullName { get; set; }

    [StringLength(20, ErrorMessage = "This is too long.")]
    [Display(Name = "National ID number")]
    public string? NationalId { get; set; }

    [StringLength(50, ErrorMessage = "This is too long.")]
    [Display(Name = "Nationality")]
    public string? Nationality { get; set; }

    [StringLength(100, ErrorMessage = "This is too long.")]
    [Display(Name = "Profession")]
    public string? Profession { get; set; }

    [StringLength(200, ErrorMessage = "This is too long.")]
    [Display(Name = "Address")]
    public string? Address { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(FullName) && string.IsNullOrWhiteSpace(NationalId) && string.IsNullOrWhiteSpace(Profession) && string.IsNullOrWhiteSpace(Address);

    public DeclaredBoardMember Declared() => new(Office, FullName!.Trim(), Clean(NationalId)?.ToUpperInvariant(), Clean(Nationality), Clean(Profession), Clean(Address));

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>What a board must be to be declared: the one place these rules live.</summary>
public static class BoardComposition
{
    /// <summary>The offices the model statutes (and every local authority) expect filled, once each.</summary>
    public static readonly Office[] Required = [Office.President, Office.Secretary, Office.Treasurer];

    public static IEnumerable<RuleBreach> Check(RenewalForm form, DateOnly today)
    {
        if (form.ElectedOn > today)
        {
            yield return new("ElectedOn", "This date cannot be in the future.");
        }

        var seats = form.Seats.Select((s, i) => (Seat: s, Index: i)).Where(s => !s.Seat.IsBlank).ToList();
        foreach (var (seat, index) in seats.Where(s => string.IsNullOrWhiteSpace(s.Seat.FullName)))
        {
            yield return new($"Seats[{index}].FullName", "Give the member's full name.");
        }

        foreach (var office in Required)
        {
            var holders = seats.Where(s => s.Seat.Office == office).ToList();
            if (holders.Count != 1)
            {
                yield return new(holders.Count == 0 ? "Seats" : $"Seats[{holders[1].Index}].Office", holders.Count == 0 ? "The board needs a president, a secretary general and a treasurer." : "This office is held by one member only.");
            }
        }
    }
}
