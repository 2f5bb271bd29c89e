using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Shared;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Files;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Members.Import;

public sealed record ImportRow(Guid Id, string FileName, ImportStatus Status, int Added, int AlreadyMembers, int Rejected, DateTimeOffset CreatedAt);

/// <summary>The first step of an import: the officer gives the file; nothing is written to the members yet.</summary>
[Authorize]
[RequestSizeLimit(12 * 1024 * 1024)]
public sealed class UploadModel(NassijDb db, AssociationAccess access, Uploads uploads, TimeProvider clock, IStringLocalizer<WorkspaceText> text, IStringLocalizer<SharedText> shared) : PageModel
{
    public const string WrongType = "This file is not an Excel (.xlsx) or CSV file.";

    [FromRoute]
    public int Id { get; set; }

    public WorkspaceContext Workspace { get; private set; } = null!;
    public IReadOnlyList<ImportRow> Imports { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel) =>
        await Prepare(cancel) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancel)
    {
        if (!await Prepare(cancel))
        {
            return NotFound();
        }

        if (file is null)
        {
            ModelState.AddModelError("file", text["Choose the members file."]);
            return Page();
        }

        var upload = await uploads.Save(file, [FileKind.Xlsx, FileKind.Csv], Id, cancel);
        if (upload.File is not { } stored)
        {
            ModelState.AddModelError("file", shared[UploadMessages.For(upload.Refusal!.Value, WrongType)]);
            return Page();
        }

        await using var content = file.OpenReadStream();
        var sheet = MemberSheet.Read(content, stored.Kind);
        if (sheet is null || sheet.Rows.Count == 0)
        {
            ModelState.AddModelError("file", text[sheet is null ? "This file could not be read (or it has more than 100,000 rows). Save it again from Excel as .xlsx or CSV." : "This file has no row under its header."]);
            return Page();
        }

        var import = new MemberImport
        {
            Id = Guid.CreateVersion7(),
            AssociationId = Id,
            FileId = stored.Id,
            FileName = stored.FileName,
            ConsentPurpose = text["Managing the membership, dues, meetings and communications of the association"],
            CreatedAt = clock.GetUtcNow(),
        };
        import.MapColumns(ColumnMapping.Guess(sheet.Headers));
        db.MemberImports.Add(import);
        await db.SaveChangesAsync(cancel);
        return Redirect($"/workspace/{Id}/members/import/{import.Id}");
    }

    private async Task<bool> Prepare(CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, User, Id, cancel) is not { IsOfficer: true } workspace)
        {
            return false;
        }

        Workspace = workspace;
        Imports = await db.MemberImports.AsNoTracking().Where(i => i.AssociationId == Id)
            .OrderByDescending(i => i.CreatedAt).Take(10)
            .Select(i => new ImportRow(i.Id, i.FileName, i.Status, i.Added, i.AlreadyMembers, i.Rejected, i.CreatedAt))
            .ToListAsync(cancel);
        return true;
    }
}
