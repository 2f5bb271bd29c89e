using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Books;

/// <summary>The cash box and bank accounts, with today's balances; the treasurer opens one with what it holds.</summary>
[Authorize]
public sealed class AccountsModel(NassijDb db, AssociationAccess access, Bookkeeper books, TimeProvider clock, IStringLocalizer<WorkspaceText> text) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [BindProperty]
    public AccountForm Input { get; set; } = new();

    public WorkspaceContext Workspace { get; private set; } = null!;
    public IReadOnlyList<AccountBalance> Balances { get; private set; } = [];

    public sealed class AccountForm
    {
        [Required(ErrorMessage = "This field is required.")]
        [StringLength(100, ErrorMessage = "This is too long.")]
        [Display(Name = "Name")]
        public string? Name { get; set; }

        [Display(Name = "Kind")]
        public MoneyAccountKind Kind { get; set; } = MoneyAccountKind.Bank;

        [RegularExpression(@"^\d{24}$", ErrorMessage = "A RIB has 24 digits.")]
        [Display(Name = "RIB (24 digits)")]
        public string? Rib { get; set; }

        [Range(0, 100_000_000, ErrorMessage = "Enter an amount between 0 and 100,000,000 MAD.")]
        [Display(Name = "What it holds on the opening date (MAD)")]
        public decimal? Opening { get; set; }

        [DataType(DataType.Date)]
        [Display(Name = "Opening date")]
        public DateOnly? OpenedOn { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        Input.OpenedOn = Formats.TodayInMorocco(clock);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        if (!await Load(cancel) || !Workspace.IsTreasurer)
        {
            return NotFound();
        }

        var today = Formats.TodayInMorocco(clock);
        var openedOn = Input.OpenedOn ?? today;
        if (openedOn > today)
        {
            ModelState.AddModelError("Input.OpenedOn", text["This date cannot be in the future."]);
        }
        else if (Input.Opening > 0 && await books.IsClosed(Id, openedOn.Year, cancel))
        {
            ModelState.AddModelError("Input.OpenedOn", text["The books of this year are closed: record the entry in an open year."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var account = await books.Open(Id, Input.Name!, Input.Kind, Input.Kind == MoneyAccountKind.Bank ? Input.Rib : null, Input.Opening ?? 0, openedOn, User, cancel);
        TempData["Notice"] = text["Account {0} is open.", account.Name].Value;
        return Redirect($"/workspace/{Id}/books/accounts");
    }

    private async Task<bool> Load(CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, User, Id, cancel) is not { IsOfficer: true } workspace)
        {
            return false;
        }

        Workspace = workspace;
        Balances = (await AnnualStatement.Of(db, Id, Formats.TodayInMorocco(clock).Year, cancel)).Accounts;
        return true;
    }
}
