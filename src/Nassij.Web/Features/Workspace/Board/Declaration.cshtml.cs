using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Associations;
using Nassij.Web.Features.Shared;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Documents;
using Nassij.Web.Platform.Files;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Board;

/// <summary>One declaration: its file to print and take to the local authority, then marked as filed with the receipt.</summary>
[Authorize]
public sealed class DeclarationModel(NassijDb db, AssociationAccess access, Audit audit, Uploads uploads, DocumentRenderer documents, TimeProvider clock,
    IStringLocalizer<WorkspaceText> text, IStringLocalizer<SharedText> shared) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [FromRoute]
    public int DeclarationId { get; set; }

    public WorkspaceContext Workspace { get; private set; } = null!;
    public BoardDeclaration Declaration { get; private set; } = null!;
    public Association Association { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel) => await Load(cancel) ? Page() : NotFound();

    public async Task<IActionResult> OnGetFileAsync(CancellationToken cancel) => await Load(cancel)
        ? await this.Send(await documents.File<DeclarationDocument>(new Dictionary<string, object?>
        {
            [nameof(DeclarationDocument.Declaration)] = Declaration,
            [nameof(DeclarationDocument.Association)] = Association,
        }, $"declaration-{Declaration.DecidedOn:yyyy-MM-dd}.pdf", cancel))
        : NotFound();

    public async Task<IActionResult> OnPostFiledAsync(DateOnly? filedOn, string? reference, IFormFile? receipt, CancellationToken cancel)
    {
        if (!await Load(cancel) || Declaration.FiledOn is not null)
        {
            return NotFound();
        }

        if (filedOn is null || filedOn > Today || filedOn < Declaration.DecidedOn)
        {
            ModelState.AddModelError("filedOn", text["Give the date it was filed (not before the decision, not in the future)."]);
        }

        if (string.IsNullOrWhiteSpace(reference))
        {
            ModelState.AddModelError("reference", text["Give the number of the receipt the authority gave."]);
        }

        Guid? fileId = null;
        if (ModelState.IsValid && receipt is { Length: > 0 })
        {
            var upload = await uploads.Save(receipt, Books.NewModel.ReceiptKinds, Id, cancel);
            if (upload.Refusal is { } refusal)
            {
                ModelState.AddModelError("receipt", shared[UploadMessages.For(refusal, "This file is not a PDF or an image (JPEG, PNG).")]);
            }

            fileId = upload.File?.Id;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var receiptReference = reference!.Trim();
        Declaration.FiledOn = filedOn;
        Declaration.ReceiptReference = receiptReference[..Math.Min(receiptReference.Length, 100)];
        Declaration.ReceiptFileId = fileId;
        audit.Record("declaration.filed", nameof(BoardDeclaration), DeclarationId.ToString(CultureInfo.InvariantCulture), after: new { Id, filedOn, Declaration.ReceiptReference });
        await db.SaveChangesAsync(cancel);
        TempData["Notice"] = text["The declaration is marked as filed."].Value;
        return Redirect($"/workspace/{Id}/board/declarations/{DeclarationId}");
    }

    private async Task<bool> Load(CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, User, Id, cancel) is not { IsOfficer: true } workspace)
        {
            return false;
        }

        // Tracked: marking it filed changes this same row.
        var declaration = await db.BoardDeclarations.SingleOrDefaultAsync(d => d.Id == DeclarationId && d.AssociationId == Id, cancel);
        if (declaration is null)
        {
            return false;
        }

        Workspace = workspace;
        Declaration = declaration;
        Association = await db.Associations.AsNoTracking().SingleAsync(a => a.Id == Id, cancel);
        Today = Formats.TodayInMorocco(clock);
        return true;
    }
}
