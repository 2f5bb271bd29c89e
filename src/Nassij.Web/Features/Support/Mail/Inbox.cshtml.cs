using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Support.Mail;

public sealed record InboundRow(long Id, DateTimeOffset ReceivedAt, string? From, string? Subject, InboundState State, string? Error, int? CaseId);

/// <summary>/support/desk/inbox: every e-mail received, those that could not be filed first; import a .eml by hand.</summary>
[Authorize(Policy = Policies.SupportSupervision)]
public sealed class InboxModel(NassijDb db, MailImport import, IStringLocalizer<SupportText> text) : PageModel
{
    private const int PageSize = 30;
    private const long MaxBytes = 25 * 1024 * 1024;

    [BindProperty(SupportsGet = true)]
    public InboundState? State { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<InboundRow> Rows { get; private set; } = [];
    public bool HasNext { get; private set; }
    public int FailedCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancel)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        FailedCount = await db.InboundMails.CountAsync(m => m.State == InboundState.Failed, cancel);
        var mails = db.InboundMails.AsNoTracking();
        if (State is { } state)
        {
            mails = mails.Where(m => m.State == state);
        }

        var rows = await mails.OrderByDescending(m => m.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(m => new InboundRow(m.Id, m.ReceivedAt, m.From, m.Subject, m.State, m.Error, m.CaseId))
            .ToListAsync(cancel);
        HasNext = rows.Count > PageSize;
        Rows = [.. rows.Take(PageSize)];
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? eml, CancellationToken cancel)
    {
        if (eml is null || eml.Length == 0 || eml.Length > MaxBytes)
        {
            ModelState.AddModelError("eml", text["Choose an e-mail file (.eml) of 25 MB at most."]);
            await OnGetAsync(cancel);
            return Page();
        }

        using var content = new MemoryStream();
        await eml.CopyToAsync(content, cancel);
        var inbound = await import.Import(content.ToArray(), cancel);
        TempData["Notice"] = (inbound.State == InboundState.Imported ? text["The e-mail is filed in its case."] : text["The e-mail could not be filed; it is kept below with the reason."]).Value;
        return Redirect(inbound.CaseId is { } id ? $"/support/desk/cases/{id}" : "/support/desk/inbox?state=Failed");
    }

    /// <summary>Tries a kept e-mail again, after the cause was fixed.</summary>
    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken cancel)
    {
        var kept = await db.InboundMails.FirstOrDefaultAsync(m => m.Id == id && m.State == InboundState.Failed, cancel);
        if (kept is null)
        {
            return NotFound();
        }

        var inbound = await import.Import(kept.Raw, cancel, kept);

        TempData["Notice"] = (inbound.State == InboundState.Imported ? text["The e-mail is filed in its case."] : text["The e-mail could not be filed; it is kept below with the reason."]).Value;
        return Redirect("/support/desk/inbox");
    }

    public async Task<IActionResult> OnGetRawAsync(long id, CancellationToken cancel)
    {
        var raw = await db.InboundMails.Where(m => m.Id == id).Select(m => m.Raw).FirstOrDefaultAsync(cancel);
        return raw is null ? NotFound() : File(raw, "message/rfc822", $"message-{id}.eml");
    }

    public object RouteFor(int page) => new { state = State, p = page };
}
