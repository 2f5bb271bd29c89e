using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Funding.Calls;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Files;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Mail;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Funding.Agreements;

/// <summary>An agreement for everyone who has a part in it: the association signs, the ministry countersigns or
/// terminates, the finance officer orders and records payments. Each action checks its own role on the server.</summary>
[Authorize]
[RequestSizeLimit(12 * 1024 * 1024)]
public sealed class ShowModel(NassijDb db, AgreementAccess access, AgreementNotices notices, Mailer mailer, Uploads uploads, Audit audit, TimeProvider clock, IStringLocalizer<FundingText> text) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [BindProperty]
    [Display(Name = "Code received by e-mail")]
    public string? Code { get; set; }

    [BindProperty]
    [StringLength(2000, ErrorMessage = "This is too long.")]
    [Display(Name = "Reason")]
    public string? Reason { get; set; }

    [BindProperty]
    [Display(Name = "Refund due (MAD)")]
    public decimal? Refund { get; set; }

    [BindProperty]
    [Display(Name = "Date of payment")]
    public DateOnly? PaidOn { get; set; }

    [BindProperty]
    [StringLength(60, ErrorMessage = "This is too long.")]
    [Display(Name = "Bank reference")]
    public string? BankReference { get; set; }

    public Agreement Agreement { get; private set; } = null!;
    public Call Call { get; private set; } = null!;
    public string AssociationName { get; private set; } = string.Empty;
    public BankAccount? Bank { get; private set; }
    public IReadOnlyList<Reports.Report> Reports { get; private set; } = [];
    public bool IsOfficer { get; private set; }
    public bool IsManager => AgreementAccess.IsManager(User);
    public bool IsFinance => AgreementAccess.IsFinance(User);
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task<IActionResult> OnGetAsync()
    {
        ModelState.Clear();
        return await Load() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostSendCodeAsync()
    {
        if (!await Load() || !IsOfficer)
        {
            return NotFound();
        }

        if (Agreement.State != AgreementState.SentForSignature)
        {
            return Refuse("This agreement is not waiting for the association's signature.");
        }

        var code = AgreementRules.NewCode();
        Agreement.CodeHash = AgreementRules.HashCode(Agreement.Id, code);
        Agreement.CodeExpiresAt = clock.GetUtcNow().AddMinutes(AgreementRules.CodeMinutes);
        Agreement.CodeFailures = 0;
        var me = await db.Users.AsNoTracking().Where(u => u.Id == User.PersonId()).Select(u => new { u.Email, u.Language }).SingleAsync();
        mailer.Queue(me.Email!, me.Language, text, "Your code to sign agreement {0}", "Your code to sign agreement {0} is {1}. It is valid for {2} minutes. If you did not ask for it, ignore this message.",
            Agreement.Number, code, AgreementRules.CodeMinutes);
        await db.SaveChangesAsync();
        TempData["Notice"] = text["A code was sent to your e-mail address."].Value;
        return Redirect($"/agreements/{Id}#sign");
    }

    public async Task<IActionResult> OnPostSignWithCodeAsync()
    {
        if (!await Load() || !IsOfficer)
        {
            return NotFound();
        }

        if (Agreement.State != AgreementState.SentForSignature)
        {
            return Refuse("This agreement is not waiting for the association's signature.");
        }

        if (!AgreementRules.CodeMatches(Agreement, Code, clock.GetUtcNow()))
        {
            Agreement.CodeFailures++;
            await db.SaveChangesAsync();
            ModelState.AddModelError(nameof(Code), text["This code is wrong or expired: ask for a new one."]);
            return Page();
        }

        Agreement.CodeHash = null;
        return await SignedByAssociation("code", null);
    }

    public async Task<IActionResult> OnPostSignWithScanAsync(IFormFile? scan)
    {
        if (!await Load() || !IsOfficer)
        {
            return NotFound();
        }

        if (Agreement.State != AgreementState.SentForSignature)
        {
            return Refuse("This agreement is not waiting for the association's signature.");
        }

        var result = scan is null ? null : await uploads.Save(scan, [FileKind.Pdf], Agreement.AssociationId);
        if (result?.File is null)
        {
            ModelState.AddModelError("scan", text["Send the signed agreement as a PDF of 10 MB at most."]);
            return Page();
        }

        return await SignedByAssociation("scan", result.File.Id);
    }

    public async Task<IActionResult> OnPostCountersignAsync()
    {
        if (!await Load() || !IsManager)
        {
            return NotFound();
        }

        if (Agreement.State != AgreementState.SignedByAssociation)
        {
            return Refuse("The association must sign first.");
        }

        Agreement.State = AgreementState.Active;
        Agreement.SignedOn = Formats.TodayInMorocco(clock);
        Agreement.CountersignedAt = clock.GetUtcNow();
        Agreement.CountersignedById = User.PersonId();
        AgreementRules.Release(Agreement, approvedReportsUpToTranche: 0);
        audit.Record("agreement.activated", nameof(Agreement), Agreement.Number, before: new { State = AgreementState.SignedByAssociation }, after: new { Agreement.State, Agreement.SignedOn });
        await notices.Tell(Agreement, "Your agreement is in force", "Hello {0},\n\nThe ministry countersigned agreement {1} ({2:N2} MAD) on {3:d}. Write its number and date on every entry of your books for this grant (circular 13/2022).", Agreement.SignedOn.Value.ToDateTime(TimeOnly.MinValue));
        return await Save("The agreement is in force; the first tranche can be paid.");
    }

    public async Task<IActionResult> OnPostTerminateAsync()
    {
        if (!await Load() || !IsManager)
        {
            return NotFound();
        }

        if (Agreement.State is AgreementState.Completed or AgreementState.Terminated)
        {
            return Refuse("This agreement is closed.");
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), text["Give the reason: the association will read it."]);
        }

        if (Refund is < 0 || Refund > Agreement.Paid)
        {
            ModelState.AddModelError(nameof(Refund), text["The refund cannot exceed what was paid."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var before = Agreement.State;
        Agreement.State = AgreementState.Terminated;
        Agreement.TerminationReason = Reason!.Trim();
        Agreement.RefundDue = Refund ?? 0;
        foreach (var tranche in Agreement.Tranches.Where(t => t.State is TrancheState.Planned or TrancheState.Releasable or TrancheState.PaymentOrdered))
        {
            tranche.State = TrancheState.Withheld;
            tranche.WithheldReason = Agreement.TerminationReason;
        }

        audit.Record("agreement.terminated", nameof(Agreement), Agreement.Number, before: new { State = before }, after: new { Agreement.State, Agreement.TerminationReason, Agreement.RefundDue });
        await notices.Tell(Agreement, "Your agreement is terminated", "Hello {0},\n\nThe ministry terminated agreement {1} ({2:N2} MAD).\nReason: {3}\nRefund due: {4:N2} MAD.", Agreement.TerminationReason, Agreement.RefundDue);
        return await Save("The agreement is terminated.");
    }

    public async Task<IActionResult> OnPostOrderPaymentAsync(int trancheId)
    {
        if (!await Load() || !IsFinance)
        {
            return NotFound();
        }

        var tranche = Agreement.Tranches.FirstOrDefault(t => t.Id == trancheId);
        if (tranche?.State != TrancheState.Releasable)
        {
            return Refuse("This tranche cannot be ordered: its condition is not met.");
        }

        if (Bank?.IsVerified != true)
        {
            return Refuse("The association's bank account must be verified first.");
        }

        tranche.State = TrancheState.PaymentOrdered;
        tranche.PaymentOrderNumber = AgreementRules.PaymentOrderNumber(tranche, Formats.TodayInMorocco(clock));
        tranche.OrderedAt = clock.GetUtcNow();
        tranche.OrderedById = User.PersonId();
        audit.Record("tranche.ordered", nameof(Tranche), tranche.Id, after: new { Agreement = Agreement.Number, Tranche = tranche.Number, tranche.Amount, tranche.PaymentOrderNumber, Bank.Rib });
        return await Save("The payment order is issued.");
    }

    public async Task<IActionResult> OnPostRecordPaymentAsync(int trancheId)
    {
        if (!await Load() || !IsFinance)
        {
            return NotFound();
        }

        if (PaidOn is null || PaidOn > Formats.TodayInMorocco(clock))
        {
            ModelState.AddModelError(nameof(PaidOn), text["Give the date of the transfer (not in the future)."]);
        }

        if (string.IsNullOrWhiteSpace(BankReference))
        {
            ModelState.AddModelError(nameof(BankReference), text["Give the bank's reference of the transfer."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Paid at most once: only one of two simultaneous clicks finds the tranche still ordered.
        var me = User.PersonId();
        var paid = await db.Tranches.Where(t => t.Id == trancheId && t.AgreementId == Id && t.State == TrancheState.PaymentOrdered)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.State, TrancheState.Paid).SetProperty(t => t.PaidOn, PaidOn)
                .SetProperty(t => t.BankReference, BankReference!.Trim()).SetProperty(t => t.PaidById, me));
        if (paid == 0)
        {
            return Refuse("This tranche is not waiting for payment: it may have been recorded already.");
        }

        var tranche = Agreement.Tranches.Single(t => t.Id == trancheId);
        audit.Record("tranche.paid", nameof(Tranche), trancheId, after: new { Agreement = Agreement.Number, Tranche = tranche.Number, tranche.Amount, PaidOn, BankReference });
        await notices.Tell(Agreement, "A tranche of your grant was paid", "Hello {0},\n\nTranche {3} of agreement {1}, {4:N2} MAD, was transferred on {5:d} (reference {6}).",
            tranche.Number, tranche.Amount, PaidOn!.Value.ToDateTime(TimeOnly.MinValue), BankReference!.Trim());
        await db.SaveChangesAsync();
        TempData["Notice"] = text["The payment is recorded."].Value;
        return Redirect($"/agreements/{Id}");
    }

    public async Task<IActionResult> OnPostWithholdAsync(int trancheId)
    {
        if (!await Load() || !(IsFinance || IsManager))
        {
            return NotFound();
        }

        var tranche = Agreement.Tranches.FirstOrDefault(t => t.Id == trancheId);
        if (tranche?.State is not (TrancheState.Planned or TrancheState.Releasable or TrancheState.PaymentOrdered))
        {
            return Refuse("This tranche can no longer be withheld.");
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), text["Give the reason: the association will read it."]);
            return Page();
        }

        var before = tranche.State;
        tranche.State = TrancheState.Withheld;
        tranche.WithheldReason = Reason.Trim();
        audit.Record("tranche.withheld", nameof(Tranche), tranche.Id, before: new { State = before }, after: new { tranche.State, tranche.WithheldReason });
        await notices.Tell(Agreement, "A tranche of your grant is withheld", "Hello {0},\n\nTranche {3} of agreement {1} is withheld.\nReason: {4}", tranche.Number, tranche.WithheldReason);
        return await Save("The tranche is withheld.");
    }

    private async Task<IActionResult> SignedByAssociation(string method, Guid? scan)
    {
        Agreement.State = AgreementState.SignedByAssociation;
        Agreement.SignedByAssociationAt = clock.GetUtcNow();
        Agreement.SignedByAssociationId = User.PersonId();
        Agreement.SignedScanFileId = scan;
        audit.Record("agreement.signed-by-association", nameof(Agreement), Agreement.Number, before: new { State = AgreementState.SentForSignature }, after: new { Agreement.State, Method = method });
        return await Save("Signed. The ministry will countersign; you will be told by e-mail.");
    }

    private async Task<IActionResult> Save(string notice)
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refuse("Someone else acted on this agreement at the same moment. Look at it again.");
        }

        TempData["Notice"] = text[notice].Value;
        return Redirect($"/agreements/{Id}");
    }

    private IActionResult Refuse(string message)
    {
        ModelState.AddModelError(string.Empty, text[message]);
        return Page();
    }

    private async Task<bool> Load()
    {
        var agreement = await db.Agreements.Include(a => a.Tranches).FirstOrDefaultAsync(a => a.Id == Id);
        if (agreement is null || !await access.CanRead(User, agreement))
        {
            return false;
        }

        Agreement = agreement;
        IsOfficer = await access.IsOfficer(User, agreement);
        Call = (await db.Calls.AsNoTracking().FirstAsync(c => c.Id == agreement.CallId))!;
        AssociationName = await db.Associations.Where(a => a.Id == agreement.AssociationId).Select(a => Arabic ? a.NameAr : a.NameFr).SingleAsync();
        Bank = await db.BankAccounts.AsNoTracking().FirstOrDefaultAsync(b => b.AssociationId == agreement.AssociationId);
        Reports = await db.Reports.AsNoTracking().Where(r => r.AgreementId == Id).ToListAsync();
        return true;
    }
}
