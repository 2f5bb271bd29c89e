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

/// <summary>Recording an income, an expense or a transfer, with its receipt; only the treasurer (or the president) writes.</summary>
[Authorize]
public sealed class NewModel(NassijDb db, AssociationAccess access, Bookkeeper books, Uploads uploads, TimeProvider clock,
    IStringLocalizer<WorkspaceText> text, IStringLocalizer<SharedText> shared) : PageModel
{
    public static readonly FileKind[] ReceiptKinds = [FileKind.Pdf, FileKind.Jpeg, FileKind.Png];

    [FromRoute]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public EntryKind Kind { get; set; } = EntryKind.Expense;

    [BindProperty]
    public EntryForm Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Receipt { get; set; }

    public WorkspaceContext Workspace { get; private set; } = null!;
    public IReadOnlyList<MoneyAccount> Accounts { get; private set; } = [];
    public IReadOnlyList<BookProject> Projects { get; private set; } = [];
    public IReadOnlyList<(int Id, string Number, DateOnly? SignedOn)> Agreements { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        Input.Date = Formats.TodayInMorocco(clock);
        Input.AccountId = Accounts.FirstOrDefault(a => a.Kind == MoneyAccountKind.Cash)?.Id ?? Accounts.FirstOrDefault()?.Id ?? 0;
        Input.ToAccountId = Accounts.FirstOrDefault(a => a.Id != Input.AccountId)?.Id;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        if (Accounts.All(a => a.Id != Input.AccountId))
        {
            ModelState.AddModelError("Input.AccountId", text["Choose an account."]);
        }

        if (Input.ProjectId is { } project && Projects.All(p => p.Id != project))
        {
            Input.ProjectId = null;
        }

        if (Input.Source == FundSource.PublicGrant && Input.AgreementId is { } agreementId)
        {
            // An agreement signed on the platform brings its own number and date.
            if (Agreements.FirstOrDefault(a => a.Id == agreementId) is { Number: not null } agreement)
            {
                Input.AgreementNumber = agreement.Number;
                Input.AgreementDate = agreement.SignedOn ?? Input.AgreementDate;
                Input.Funder ??= text["The ministry (Nassij programme)"];
            }
            else
            {
                Input.AgreementId = null;
            }
        }

        if (ModelState.IsValid)
        {
            var draft = Input.Draft(Kind);
            foreach (var breach in BookRules.Check(draft, Formats.TodayInMorocco(clock), await books.IsClosed(Id, draft.Date.Year, cancel)))
            {
                ModelState.AddModelError($"Input.{breach.Field}", text[breach.Message]);
            }
        }

        Guid? receiptId = null;
        if (ModelState.IsValid && Receipt is { Length: > 0 })
        {
            var upload = await uploads.Save(Receipt, ReceiptKinds, Id, cancel);
            if (upload.Refusal is { } refusal)
            {
                ModelState.AddModelError(nameof(Receipt), shared[UploadMessages.For(refusal, "This file is not a PDF or an image (JPEG, PNG).")]);
            }

            receiptId = upload.File?.Id;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var entry = await books.Record(Id, Input.Draft(Kind), receiptId, User, cancel);
        TempData["Notice"] = text["Entry {0} recorded.", $"\u2066{entry.Numbered}\u2069"].Value;
        return Redirect($"/workspace/{Id}/books?year={entry.Year.ToString(CultureInfo.InvariantCulture)}");
    }

    private async Task<bool> Load(CancellationToken cancel)
    {
        if (Kind is not (EntryKind.Income or EntryKind.Expense or EntryKind.Transfer)
            || await WorkspaceContext.Load(db, access, User, Id, cancel) is not { IsTreasurer: true } workspace)
        {
            return false;
        }

        Workspace = workspace;
        Accounts = await db.MoneyAccounts.AsNoTracking().Where(a => a.AssociationId == Id).OrderBy(a => a.Id).ToListAsync(cancel);
        if (Accounts.Count == 0)
        {
            // A first entry needs somewhere for the money to be: the cash box is opened empty.
            Accounts = [await books.AccountOfKind(Id, MoneyAccountKind.Cash, cancel)];
        }

        Projects = await db.BookProjects.AsNoTracking().Where(p => p.AssociationId == Id).OrderBy(p => p.Name).Take(200).ToListAsync(cancel);
        Agreements = [.. (await db.Agreements.AsNoTracking().Where(a => a.AssociationId == Id && a.SignedOn != null)
            .OrderByDescending(a => a.Id).Take(50).Select(a => new { a.Id, a.Number, a.SignedOn }).ToListAsync(cancel))
            .Select(a => (a.Id, a.Number, a.SignedOn))];
        return true;
    }
}
