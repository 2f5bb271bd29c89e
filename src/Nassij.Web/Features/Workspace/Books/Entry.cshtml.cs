using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Shared;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Files;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Books;

/// <summary>One entry with its lines and receipt; the treasurer reverses it, attaches its proof, or records the
/// declaration of foreign funding. Nothing here edits or deletes an entry.</summary>
[Authorize]
public sealed class EntryModel(NassijDb db, AssociationAccess access, Bookkeeper books, Uploads uploads, Audit audit, TimeProvider clock,
    IStringLocalizer<WorkspaceText> text, IStringLocalizer<SharedText> shared) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [FromRoute]
    public int EntryId { get; set; }

    public WorkspaceContext Workspace { get; private set; } = null!;
    public BookEntry Entry { get; private set; } = null!;
    public IReadOnlyDictionary<int, string> AccountNames { get; private set; } = new Dictionary<int, string>();
    public StoredFile? ReceiptFile { get; private set; }
    public BookEntry? Reversal { get; private set; }
    public BookEntry? Reverses { get; private set; }
    public string? ProjectName { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel) => await Load(cancel) ? Page() : NotFound();

    public async Task<IActionResult> OnPostReverseAsync(string? reason, CancellationToken cancel)
    {
        if (!await Load(cancel) || !Workspace.IsTreasurer || Entry.ReversedByEntryId is not null || Entry.ReversesEntryId is not null || Entry.DuesPaymentId is not null)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            ModelState.AddModelError("reason", text["Say why this entry is reversed."]);
            return Page();
        }

        if (await books.IsClosed(Id, Today.Year, cancel))
        {
            ModelState.AddModelError("reason", text["The books of this year are closed: record the entry in an open year."]);
            return Page();
        }

        var reversal = await books.Reverse(Entry, reason[..Math.Min(reason.Length, 300)], User, cancel);
        TempData["Notice"] = text["Entry {0} is reversed by entry {1}.", $"\u2066{Entry.Numbered}\u2069", $"\u2066{reversal.Numbered}\u2069"].Value;
        return Redirect($"/workspace/{Id}/books/entries/{reversal.Id}");
    }

    public async Task<IActionResult> OnPostDeclareAsync(DateOnly? declaredOn, string? reference, CancellationToken cancel)
    {
        if (!await Load(cancel) || !Workspace.IsTreasurer || Entry.Source != FundSource.ForeignFunding)
        {
            return NotFound();
        }

        if (declaredOn is null || declaredOn > Today || declaredOn < Entry.Date)
        {
            ModelState.AddModelError("declaredOn", text["Give the date the declaration was filed (not before the funds came, not in the future)."]);
        }

        if (string.IsNullOrWhiteSpace(reference))
        {
            ModelState.AddModelError("reference", text["Give the reference of the declaration's receipt."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var receipt = reference!.Trim();
        await books.Declared(Entry, declaredOn!.Value, receipt[..Math.Min(receipt.Length, 100)], cancel);
        TempData["Notice"] = text["The declaration to the SGG is recorded."].Value;
        return Redirect($"/workspace/{Id}/books/entries/{EntryId}");
    }

    public async Task<IActionResult> OnPostAttachAsync(IFormFile? receipt, CancellationToken cancel)
    {
        if (!await Load(cancel) || !Workspace.IsTreasurer)
        {
            return NotFound();
        }

        if (receipt is not { Length: > 0 })
        {
            ModelState.AddModelError("receipt", shared["This field is required."]);
            return Page();
        }

        var upload = await uploads.Save(receipt, NewModel.ReceiptKinds, Id, cancel);
        if (upload.Refusal is { } refusal)
        {
            ModelState.AddModelError("receipt", shared[UploadMessages.For(refusal, "This file is not a PDF or an image (JPEG, PNG).")]);
            return Page();
        }

        var fileId = upload.File!.Id;
        audit.Record("books.receipt.attached", nameof(BookEntry), EntryId.ToString(CultureInfo.InvariantCulture), before: new { Entry.ReceiptFileId }, after: new { fileId });
        Entry.ReceiptFileId = fileId;
        await db.SaveChangesAsync(cancel);
        TempData["Notice"] = text["The receipt is attached."].Value;
        return Redirect($"/workspace/{Id}/books/entries/{EntryId}");
    }

    /// <summary>Taking a receipt off an entry; refused for publicly funded entries until their ten years have passed.</summary>
    public async Task<IActionResult> OnPostDetachAsync(CancellationToken cancel)
    {
        if (!await Load(cancel) || !Workspace.IsTreasurer || Entry.ReceiptFileId is null)
        {
            return NotFound();
        }

        if (!BookRules.MayDiscardProof(Entry, Today))
        {
            ModelState.AddModelError("receipt", text["This proof of public funds must be kept until {0}.", Formats.Date(BookRules.KeepProofUntil(Entry.Date))]);
            return Page();
        }

        audit.Record("books.receipt.detached", nameof(BookEntry), EntryId.ToString(CultureInfo.InvariantCulture), before: new { Entry.ReceiptFileId });
        Entry.ReceiptFileId = null;
        await db.SaveChangesAsync(cancel);
        TempData["Notice"] = text["The receipt is taken off this entry."].Value;
        return Redirect($"/workspace/{Id}/books/entries/{EntryId}");
    }

    private async Task<bool> Load(CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, User, Id, cancel) is not { IsOfficer: true } workspace)
        {
            return false;
        }

        var entry = await db.BookEntries.Include(e => e.Lines).SingleOrDefaultAsync(e => e.Id == EntryId && e.AssociationId == Id, cancel);
        if (entry is null)
        {
            return false;
        }

        Workspace = workspace;
        Entry = entry;
        Today = Formats.TodayInMorocco(clock);
        var accountIds = entry.Lines.Where(l => l.AccountId != null).Select(l => l.AccountId!.Value).ToList();
        AccountNames = await db.MoneyAccounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancel);
        ReceiptFile = entry.ReceiptFileId is { } fileId ? await db.StoredFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId, cancel) : null;
        var linked = new[] { entry.ReversedByEntryId, entry.ReversesEntryId }.Where(i => i != null).ToList();
        var others = linked.Count == 0 ? [] : await db.BookEntries.AsNoTracking().Where(e => linked.Contains(e.Id)).ToListAsync(cancel);
        Reversal = others.FirstOrDefault(e => e.Id == entry.ReversedByEntryId);
        Reverses = others.FirstOrDefault(e => e.Id == entry.ReversesEntryId);
        ProjectName = entry.ProjectId is { } projectId ? await db.BookProjects.AsNoTracking().Where(p => p.Id == projectId).Select(p => p.Name).SingleOrDefaultAsync(cancel) : null;
        return true;
    }
}
