using System.ComponentModel.DataAnnotations;
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

/// <summary>The library: folders, the documents of one (or a search across all), and adding one.</summary>
[Authorize]
public sealed class IndexModel(NassijDb db, AssociationAccess access, Librarian librarian, TimeProvider clock, IStringLocalizer<WorkspaceText> text, IStringLocalizer<SharedText> shared) : PageModel
{
    private const int PageSize = 50;

    [FromRoute]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Folder { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty]
    public DocumentForm Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public WorkspaceContext Workspace { get; private set; } = null!;
    public IReadOnlyList<DocumentFolder> Folders { get; private set; } = [];
    public IReadOnlyList<LibraryDocument> Documents { get; private set; } = [];
    public int InBin { get; private set; }
    public DateOnly Today { get; private set; }

    public sealed class DocumentForm
    {
        [Display(Name = "Folder")]
        public int FolderId { get; set; }

        [Required(ErrorMessage = "This field is required.")]
        [StringLength(200, ErrorMessage = "This is too long.")]
        [Display(Name = "Title")]
        public string? Title { get; set; }

        [DataType(DataType.Date)]
        [Display(Name = "Expires on")]
        public DateOnly? ExpiresOn { get; set; }

        [Display(Name = "Members may read it")]
        public bool Shared { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        Input.FolderId = Folder ?? Folders[0].Id;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        if (Folders.All(f => f.Id != Input.FolderId))
        {
            ModelState.AddModelError("Input.FolderId", text["Choose a folder."]);
        }

        if (Upload is not { Length: > 0 })
        {
            ModelState.AddModelError(nameof(Upload), shared["This field is required."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (document, refusal) = await librarian.Add(Id, Input.FolderId, Input.Title!, Input.ExpiresOn, Input.Shared, null, Upload!, User, cancel);
        if (document is null)
        {
            ModelState.AddModelError(nameof(Upload), shared[UploadMessages.For(refusal!.Value)]);
            return Page();
        }

        TempData["Notice"] = text["Document added."].Value;
        return Redirect($"/workspace/{Id}/documents?folder={Input.FolderId}");
    }

    private async Task<bool> Load(CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, User, Id, cancel) is not { IsOfficer: true } workspace)
        {
            return false;
        }

        Workspace = workspace;
        Today = Formats.TodayInMorocco(clock);
        Folders = await librarian.Folders(Id, cancel);
        if (Folder is { } folder && Folders.All(f => f.Id != folder))
        {
            Folder = null;
        }

        var documents = db.LibraryDocuments.AsNoTracking().Where(d => d.AssociationId == Id && d.DeletedAt == null);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var term = Q.Trim();
            documents = documents.Where(d => d.Title.Contains(term));
        }
        else
        {
            var shown = Folder ?? Folders[0].Id;
            Folder = shown;
            documents = documents.Where(d => d.FolderId == shown);
        }

        Documents = await documents.OrderByDescending(d => d.Id).Take(PageSize).ToListAsync(cancel);
        InBin = await db.LibraryDocuments.CountAsync(d => d.AssociationId == Id && d.DeletedAt != null, cancel);
        return true;
    }
}
