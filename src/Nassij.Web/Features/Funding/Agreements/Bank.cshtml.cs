using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Associations;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Funding.Agreements;

/// <summary>The association's bank account for grants, kept by its officers. A change needs a new verification by finance.</summary>
[Authorize]
public sealed class BankModel(NassijDb db, AssociationAccess access, Audit audit, TimeProvider clock, IStringLocalizer<FundingText> text) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [BindProperty]
    public BankAccountForm Input { get; set; } = new();

    public BankAccount? Current { get; private set; }
    public Association Association { get; private set; } = null!;
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await Load())
        {
            return NotFound();
        }

        if (Current is not null)
        {
            Input = new BankAccountForm { Rib = Rib.Display(Current.Rib), BankName = Current.BankName, Holder = Current.Holder };
        }
        else
        {
            Input.Holder = Arabic ? Association.NameAr : Association.NameFr;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await Load())
        {
            return NotFound();
        }

        if (!string.IsNullOrEmpty(Input.Rib) && !Agreements.Rib.IsValid(Input.Rib))
        {
            ModelState.AddModelError("Input.Rib", text["A RIB has 24 digits and its last two check the others: look at your bank's statement again."]);
        }

        if (!string.IsNullOrEmpty(Input.Holder) && !HolderIsTheAssociation(Input.Holder))
        {
            ModelState.AddModelError("Input.Holder", text["Grants are paid only to an account in the association's own name."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var before = Current is null ? null : new { Rib = Masked(Current.Rib), Current.BankName, Current.Holder };
        var account = Current ?? db.BankAccounts.Add(new BankAccount { AssociationId = Id, Rib = "", BankName = "", Holder = "" }).Entity;
        if (Current is not null)
        {
            db.Attach(account);
        }

        account.Rib = Agreements.Rib.Clean(Input.Rib);
        account.BankName = Input.BankName.Trim();
        account.Holder = Input.Holder.Trim();
        account.ChangedAt = clock.GetUtcNow();
        account.ChangedById = User.PersonId();
        account.VerifiedAt = null;
        account.VerifiedById = null;
        audit.Record("bank-account.changed", nameof(Association), Id, before: before, after: new { Rib = Masked(account.Rib), account.BankName, account.Holder });
        await db.SaveChangesAsync();
        TempData["Notice"] = text["The bank account is saved. A finance officer will verify it before any payment."].Value;
        return Redirect($"/my/associations/{Id}/bank");
    }

    // The trail shows which account, not the whole number.
    private static string Masked(string rib) => rib.Length == 24 ? $"{rib[..6]}…{rib[^4..]}" : "…";

    private bool HolderIsTheAssociation(string holder)
    {
        var folded = TextFolding.Fold(holder);
        return new[] { Association.NameAr, Association.NameFr, Association.Acronym }
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Any(n => folded.Contains(TextFolding.Fold(n), StringComparison.Ordinal));
    }

    private async Task<bool> Load()
    {
        if (!await access.IsOfficerOf(User, Id))
        {
            return false;
        }

        Association = await db.Associations.AsNoTracking().SingleAsync(a => a.Id == Id);
        Current = await db.BankAccounts.AsNoTracking().FirstOrDefaultAsync(b => b.AssociationId == Id);
        return true;
    }
}
