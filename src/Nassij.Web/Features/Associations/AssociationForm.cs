using System.ComponentModel.DataAnnotations;

namespace Nassij.Web.Features.Associations;

/// <summary>The association's file as officers type it: used to register and to edit.</summary>
public sealed class AssociationForm
{
    public const int MinimumBoardRows = 3;
    public const int MaximumBoardRows = 30;

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(200, ErrorMessage = "This is too long.")]
    [Display(Name = "Name in Arabic")]
    public string NameAr { get; set; } = string.Empty;

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(200, ErrorMessage = "This is too long.")]
    [Display(Name = "Name in French")]
    public string NameFr { get; set; } = string.Empty;

    [StringLength(30, ErrorMessage = "This is too long.")]
    [Display(Name = "Acronym")]
    public string? Acronym { get; set; }

    [Display(Name = "Legal form")]
    public LegalForm LegalForm { get; set; } = LegalForm.Association;

    [DataType(DataType.Date)]
    [Display(Name = "Date of the constitutive general assembly")]
    public DateOnly? FoundedOn { get; set; }

    [DataType(DataType.Date)]
    [Display(Name = "Date of the provisional receipt")]
    public DateOnly? ProvisionalReceiptOn { get; set; }

    [StringLength(60, ErrorMessage = "This is too long.")]
    [Display(Name = "Number of the final receipt")]
    public string? FinalReceiptNumber { get; set; }

    [DataType(DataType.Date)]
    [Display(Name = "Date of the final receipt")]
    public DateOnly? FinalReceiptOn { get; set; }

    [StringLength(200, ErrorMessage = "This is too long.")]
    [Display(Name = "Authority that issued the receipt")]
    public string? ReceiptAuthority { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(300, ErrorMessage = "This is too long.")]
    [Display(Name = "Address of the headquarters")]
    public string Address { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose the prefecture or province.")]
    [Display(Name = "Prefecture or province")]
    public string? ProvinceCode { get; set; }

    [StringLength(120, ErrorMessage = "This is too long.")]
    [Display(Name = "Commune")]
    public string? Commune { get; set; }

    [Display(Name = "Domains of activity")]
    public List<Domain> Domains { get; set; } = [];

    [Phone(ErrorMessage = "Enter a valid phone number.")]
    [StringLength(30, ErrorMessage = "This is too long.")]
    [Display(Name = "Phone")]
    public string? Phone { get; set; }

    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(256, ErrorMessage = "This is too long.")]
    [Display(Name = "E-mail address")]
    public string? Email { get; set; }

    [Url(ErrorMessage = "Enter a full web address, starting with https://")]
    [StringLength(256, ErrorMessage = "This is too long.")]
    [Display(Name = "Website")]
    public string? Website { get; set; }

    public List<BoardRow> Board { get; set; } = [];

    /// <summary>Files already uploaded in an earlier attempt, so a form error does not lose them.</summary>
    public Guid? StatutesFileId { get; set; }
    public Guid? ProvisionalReceiptFileId { get; set; }
    public Guid? FinalReceiptFileId { get; set; }

    /// <summary>Three lines at least, and one empty line to type the next member in.</summary>
    public void PadBoard()
    {
        Board.RemoveAll(b => b.IsEmpty && b.Office is null && b.TermEndsOn is null);
        var wanted = Math.Min(MaximumBoardRows, Math.Max(MinimumBoardRows, Board.Count + 1));
        while (Board.Count < wanted)
        {
            Board.Add(new BoardRow());
        }
    }

    /// <summary>Another empty line, asked for with a button: the form needs no JavaScript.</summary>
    public void AddBoardLine()
    {
        if (Board.Count < MaximumBoardRows)
        {
            Board.Add(new BoardRow());
        }
    }
}

public sealed class BoardRow
{
    [StringLength(200, ErrorMessage = "This is too long.")]
    [Display(Name = "Full name")]
    public string? FullName { get; set; }

    [Display(Name = "Office")]
    public Office? Office { get; set; }

    [DataType(DataType.Date)]
    [Display(Name = "End of term")]
    public DateOnly? TermEndsOn { get; set; }

    [Display(Name = "Gender (optional)")]
    public Gender? Gender { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(FullName);
}
