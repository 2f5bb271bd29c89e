using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Shared;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Documents;

/// <summary>One document: its versions, a new version (with a new expiry), sharing with members, and the bin.</summary>
[Authorize]
public sealed class DocumentModel(NassijDb db, AssociationAccess access, Librarian librarian, Audit audit, TimeProvider clock,
    IStringLocalizer<WorkspaceText> text, IStringLocalizer<SharedText> shared) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [FromRoute]
    public int DocumentId { get; set; }

    public WorkspaceContext Workspace { get; private set; } = null!;
    public LibraryDocument Document { get; private set; } = null!;
    public string FolderName { get; private set; } = string.Empty;
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel) => await Load(cancel) ? Page() : NotFound();

    public async Task<IActionResult> OnPostVersionAsync(IFormFile? upload, string? note, DateOnly? expiresOn, CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        if (upload is not { Length: > 0 })
        {
            ModelState.AddModelError("upload", shared["This field is required."]);
            return Page();
        }

        if (await librarian.AddVersion(Document, upload, note?[..Math.Min(note.Length, 300)], expiresOn, User, cancel) is { } refusal)
        {
            ModelState.AddModelError("upload", shared[UploadMessages.For(refusal)]);
            return Page();
        }

        TempData["Notice"] = text["Version {0} added.", Document.CurrentVersion].Value;
        return Redirect($"/workspace/{Id}/documents/{DocumentId}");
    }

    public async Task<IActionResult> OnPostShareAsync(bool shared, CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        Document.SharedWithMembers = shared;
        audit.Record("document.shared", nameof(LibraryDocument), DocumentId.ToString(CultureInfo.InvariantCulture), after: new { shared });
        await db.SaveChangesAsync(cancel);
        return Redirect($"/workspace/{Id}/documents/{DocumentId}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        await librarian.ToBin(Document, User, cancel);
        TempData["Notice"] = text["The document is in the bin for {0} days; it can be restored from there.", LibraryRules.BinDays].Value;
        return Redirect($"/workspace/{Id}/documents?folder={Document.FolderId}");
    }

    private async Task<bool> Load(CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, User, Id, cancel) is not { IsOfficer: true } workspace)
        {
            return false;
        }

        var document = await db.LibraryDocuments.Include(d => d.Versions).SingleOrDefaultAsync(d => d.Id == DocumentId && d.AssociationId == Id && d.DeletedAt == null, cancel);
        if (document is null)
        {
            return false;
        }

        Workspace = workspace;
        Document = document;
        FolderName = await db.DocumentFolders.Where(f => f.Id == document.FolderId).Select(f => f.Name).SingleAsync(cancel);
        Today = Formats.TodayInMorocco(clock);
        return true;
    }
}
