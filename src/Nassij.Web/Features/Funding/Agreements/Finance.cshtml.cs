using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Funding.Agreements;

public sealed record PaymentRow(int AgreementId, string Number, string AssociationAr, string AssociationFr, int Tranche, decimal Amount, TrancheState State, bool BankVerified);

public sealed record BankRow(int Id, int AssociationId, string AssociationAr, string AssociationFr, string Rib, string BankName, string Holder, DateTimeOffset ChangedAt);

/// <summary>The finance officer's desk: tranches whose condition is met or whose order waits for the transfer,
/// and bank accounts to verify before any order.</summary>
[Authorize(Policy = Policies.Finance)]
public sealed class FinanceModel(NassijDb db, Audit audit, TimeProvider clock, IStringLocalizer<FundingText> text) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<PaymentRow> Payments { get; private set; } = [];
    public IReadOnlyList<BankRow> Banks { get; private set; } = [];
    public bool HasNext { get; private set; }
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task OnGetAsync(CancellationToken cancel)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        var rows = await db.Tranches.AsNoTracking()
            .Where(t => t.State == TrancheState.Releasable || t.State == TrancheState.PaymentOrdered)
            .OrderBy(t => t.State).ThenBy(t => t.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Join(db.Agreements, t => t.AgreementId, a => a.Id, (t, a) => new { t, a })
            .Join(db.Associations, x => x.a.AssociationId, s => s.Id, (x, s) => new PaymentRow(
                x.a.Id, x.a.Number, s.NameAr, s.NameFr, x.t.Number, x.t.Amount, x.t.State,
                db.BankAccounts.Any(b => b.AssociationId == s.Id && b.VerifiedAt != null)))
            .ToListAsync(cancel);
        HasNext = rows.Count > PageSize;
        Payments = rows.Take(PageSize).ToList();
        Banks = await db.BankAccounts.AsNoTracking().Where(b => b.VerifiedAt == null)
            .OrderBy(b => b.ChangedAt).Take(50)
            .Join(db.Associations, b => b.AssociationId, s => s.Id, (b, s) => new BankRow(b.Id, s.Id, s.NameAr, s.NameFr, b.Rib, b.BankName, b.Holder, b.ChangedAt))
            .ToListAsync(cancel);
    }

    public async Task<IActionResult> OnPostVerifyAsync(int bankAccountId, CancellationToken cancel)
    {
        var account = await db.BankAccounts.FirstOrDefaultAsync(b => b.Id == bankAccountId && b.VerifiedAt == null, cancel);
        if (account is null)
        {
            return NotFound();
        }

        account.VerifiedAt = clock.GetUtcNow();
        account.VerifiedById = User.PersonId();
        audit.Record("bank-account.verified", nameof(Associations.Association), account.AssociationId, after: new { Rib = $"{account.Rib[..6]}…{account.Rib[^4..]}", account.BankName });
        await db.SaveChangesAsync(cancel);
        TempData["Notice"] = text["The bank account is verified."].Value;
        return Redirect("/finance");
    }

    public object RouteFor(int page) => new { p = page };
}
