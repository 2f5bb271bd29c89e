using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Shared;
using Nassij.Web.Features.Workspace.Members;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Documents;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Dues;

/// <summary>One member's dues: the year's standing, their payments with receipts, and — for the treasurer — recording
/// a payment or cancelling a mistaken one.</summary>
[Authorize]
public sealed class MemberModel(NassijDb db, AssociationAccess access, DuesLedger ledger, Books.Bookkeeper books, DocumentRenderer documents, TimeProvider clock, IStringLocalizer<WorkspaceText> text) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [FromRoute]
    public int MemberId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty]
    public PaymentForm Input { get; set; } = new();

    public WorkspaceContext Workspace { get; private set; } = null!;
    public Member Member { get; private set; } = null!;
    public MemberDues? Dues { get; private set; }
    public IReadOnlyList<DuesPayment> Payments { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        Input.PaidOn = Today;
        Input.Amount = Dues is { } d && d.Owed > d.Paid ? d.Owed - d.Paid : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        if (!await Load(cancel) || !Workspace.IsTreasurer)
        {
            return NotFound();
        }

        if (Input.PaidOn > Today)
        {
            ModelState.AddModelError("Input.PaidOn", text["This date cannot be in the future."]);
        }
        else if (Input.PaidOn is { } paidOn && await books.IsClosed(Id, paidOn.Year, cancel))
        {
            ModelState.AddModelError("Input.PaidOn", text["The books of this year are closed: record the entry in an open year."]);
        }

        if (Input.Method != PaymentMethod.Cash && string.IsNullOrWhiteSpace(Input.Reference))
        {
            ModelState.AddModelError("Input.Reference", text["Give the cheque number or the transfer reference."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var payment = await ledger.Record(Member, Year, Input.Amount!.Value, Input.PaidOn!.Value, Input.Method, Input.Reference, User, cancel);
        TempData["Notice"] = text["Payment recorded: receipt {0}.", $"\u2066{payment.Receipt}\u2069"].Value;
        return Redirect($"/workspace/{Id}/dues/members/{MemberId}?year={Year}");
    }

    public async Task<IActionResult> OnPostCancelAsync(int paymentId, string? reason, CancellationToken cancel)
    {
        if (!await Load(cancel) || !Workspace.IsTreasurer)
        {
            return NotFound();
        }

        var payment = await db.DuesPayments.SingleOrDefaultAsync(p => p.Id == paymentId && p.MemberId == MemberId && p.AssociationId == Id && p.CancelledAt == null, cancel);
        if (payment is null)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            ModelState.AddModelError($"reason-{paymentId}", text["Say why this payment is cancelled."]);
            Input.PaidOn = Today;
            return Page();
        }

        await ledger.Cancel(payment, reason[..Math.Min(reason.Length, 300)], User, cancel);
        TempData["Notice"] = text["Receipt {0} is cancelled.", $"\u2066{payment.Receipt}\u2069"].Value;
        return Redirect($"/workspace/{Id}/dues/members/{MemberId}?year={Year}");
    }

    public async Task<IActionResult> OnGetReceiptAsync(int paymentId, CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        var payment = Payments.FirstOrDefault(p => p.Id == paymentId);
        if (payment is null)
        {
            return NotFound();
        }

        return await this.Send(await DuesReceipts.File(documents, db, payment, Member, cancel));
    }

    private async Task<bool> Load(CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, User, Id, cancel) is not { IsOfficer: true } workspace)
        {
            return false;
        }

        var member = await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == MemberId && m.AssociationId == Id, cancel);
        if (member is null)
        {
            return false;
        }

        Workspace = workspace;
        Member = member;
        Today = Formats.TodayInMorocco(clock);
        Year = Year == 0 ? Today.Year : Math.Clamp(Year, 2000, Today.Year + 1);
        Dues = await db.MemberDues.AsNoTracking().SingleOrDefaultAsync(d => d.MemberId == MemberId && d.Year == Year, cancel);
        Payments = await db.DuesPayments.AsNoTracking().Where(p => p.MemberId == MemberId)
            .OrderByDescending(p => p.PaidOn).ThenByDescending(p => p.Id).Take(50).ToListAsync(cancel);
        return true;
    }

    public static string Method(PaymentMethod method) => DuesRules.Label(method);

    public string YearText => Year.ToString(CultureInfo.InvariantCulture);
}
