using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Documents;

/// <summary>Deleted documents, kept for a while: restored by any officer, purged for good once their time has passed.</summary>
[Authorize]
public sealed class BinModel(NassijDb db, AssociationAccess access, Librarian librarian, TimeProvider clock, IStringLocalizer<WorkspaceText> text) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public WorkspaceContext Workspace { get; private set; } = null!;
    public IReadOnlyList<LibraryDocument> Documents { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel) => await Load(cancel) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRestoreAsync(int documentId, CancellationToken cancel)
    {
        if (!await Load(cancel) || await Binned(documentId, cancel) is not { } document)
        {
            return NotFound();
        }

        await librarian.Restore(document, cancel);
        TempData["Notice"] = text["The document is back in its folder."].Value;
        return Redirect($"/workspace/{Id}/documents/bin");
    }

    public async Task<IActionResult> OnPostPurgeAsync(int documentId, CancellationToken cancel)
    {
        if (!await Load(cancel) || await Binned(documentId, cancel) is not { } document)
        {
            return NotFound();
        }

        if (!await librarian.Purge(document, cancel))
        {
            ModelState.AddModelError(string.Empty, text["A document stays {0} days in the bin before it can be deleted for good.", LibraryRules.BinDays]);
            return Page();
        }

        TempData["Notice"] = text["The document is deleted for good."].Value;
        return Redirect($"/workspace/{Id}/documents/bin");
    }

    private Task<LibraryDocument?> Binned(int documentId, CancellationToken cancel) =>
        db.LibraryDocuments.SingleOrDefaultAsync(d => d.Id == documentId && d.AssociationId == Id && d.DeletedAt != null, cancel);

    private async Task<bool> Load(CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, User, Id, cancel) is not { IsOfficer: true } workspace)
        {
            return false;
        }

        Workspace = workspace;
        Now = clock.GetUtcNow();
        Documents = await db.LibraryDocuments.AsNoTracking().Where(d => d.AssociationId == Id && d.DeletedAt != null).OrderByDescending(d => d.DeletedAt).Take(100).ToListAsync(cancel);
        return true;
    }
}
