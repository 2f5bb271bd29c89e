using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Shared;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Exports;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Members.Import;

/// <summary>An import, step by step: map the columns and see every row's fate, start it, follow its progress, read its report.</summary>
[Authorize]
public sealed class RunModel(NassijDb db, AssociationAccess access, MemberImports imports, ImportScheduling scheduling, Audit audit,
    IStringLocalizer<WorkspaceText> text, IStringLocalizer<SharedText> shared) : PageModel
{
    public const int ShownRejects = 200;

    [FromRoute]
    public int Id { get; set; }

    [FromRoute]
    public Guid ImportId { get; set; }

    [BindProperty]
    public string? ConsentPurpose { get; set; }

    [BindProperty]
    public bool Consent { get; set; }

    public WorkspaceContext Workspace { get; private set; } = null!;
    public MemberImport Import { get; private set; } = null!;
    public IReadOnlyList<string> Headers { get; private set; } = [];
    public ImportCheck? Check { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        if (Import.Status == ImportStatus.Mapping)
        {
            await Preview(cancel);
        }

        return Page();
    }

    /// <summary>Saves the mapping and shows its preview again (post, redirect, get).</summary>
    public async Task<IActionResult> OnPostMapAsync(CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        if (Import.Status != ImportStatus.Mapping)
        {
            return Redirect(Here);
        }

        Import.MapColumns(ChosenColumns());
        if (!string.IsNullOrWhiteSpace(ConsentPurpose))
        {
            Import.ConsentPurpose = ConsentPurpose.Trim()[..Math.Min(300, ConsentPurpose.Trim().Length)];
        }

        await db.SaveChangesAsync(cancel);
        return Redirect(Here + "#preview");
    }

    public async Task<IActionResult> OnPostStartAsync(CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        if (Import.Status != ImportStatus.Mapping)
        {
            return Redirect(Here);
        }

        if (!Consent)
        {
            ModelState.AddModelError(nameof(Consent), text["Confirm that these people agreed to the processing of their data."]);
            await Preview(cancel);
            return Page();
        }

        // The preview showed every row's fate (the button is off when none is ready); the job checks the rows again
        // as it starts, against the members of that moment, so checking them here too would only make the officer wait.
        Import.Status = ImportStatus.Queued;
        Import.StartedById = User.PersonId();
        Import.StartedByName = User.Identity?.Name;
        audit.Record("members.import.started", nameof(MemberImport), Import.Id, after: new { Import.AssociationId, Import.FileName });
        await db.SaveChangesAsync(cancel);
        await scheduling.Enqueue(Import.Id, cancel);
        return Redirect(Here);
    }

    /// <summary>For the progress bar's script; the page works without it.</summary>
    public async Task<IActionResult> OnGetProgressAsync(CancellationToken cancel)
    {
        if (!await access.IsOfficerOf(User, Id))
        {
            return NotFound();
        }

        var progress = await db.MemberImports.AsNoTracking().Where(i => i.Id == ImportId && i.AssociationId == Id)
            .Select(i => new { i.Status, i.Processed, i.TotalRows }).SingleOrDefaultAsync(cancel);
        return progress is null ? NotFound() : new JsonResult(new { status = progress.Status.ToString(), progress.Processed, total = progress.TotalRows });
    }

    /// <summary>Every rejected row with its reasons and its cells as they were, to correct and import again.</summary>
    public async Task<IActionResult> OnGetRejectedAsync(string format, CancellationToken cancel)
    {
        if (!await Load(cancel) || await imports.Sheet(Import, cancel) is not { } sheet)
        {
            return NotFound();
        }

        var check = await imports.Check(Import, sheet, cancel);
        var rows = check.Rejected.Select(r =>
        {
            var line = new Dictionary<string, object?> { [text["Row"]] = r.Row.Number, [text["Why"]] = string.Join(" ", r.Problems.Select(Explain)) };
            var cells = sheet.Rows.First(s => s.Number == r.Row.Number).Cells;
            for (var i = 0; i < sheet.Headers.Count; i++)
            {
                line.TryAdd(sheet.Headers[i], i < cells.Length ? cells[i] : null);
            }

            return line;
        });
        return await this.Send(await Spreadsheets.File(rows, $"rejected-rows-{Import.Id:N}", format, cancel));
    }

    /// <summary>Read by hand: a bound dictionary would take any other posted field for a column.</summary>
    private Dictionary<MemberField, int> ChosenColumns()
    {
        var chosen = new Dictionary<MemberField, int>();
        foreach (var field in Enum.GetValues<MemberField>())
        {
            if (int.TryParse(Request.Form[$"Columns[{field}]"], NumberStyles.None, CultureInfo.InvariantCulture, out var column) && !chosen.ContainsValue(column))
            {
                chosen[field] = column;
            }
        }

        return chosen;
    }

    public string Here => $"/workspace/{Id}/members/import/{ImportId}";

    public string Explain(RowProblem problem)
    {
        var message = problem.OtherRow is { } other
            ? text[problem.Message, other.ToString(CultureInfo.CurrentCulture)].Value
            : problem.SharedText ? shared[problem.Message].Value : text[problem.Message].Value;
        return problem.Field is { } field ? text["{0}: {1}", text[ColumnMapping.Label(field)], message] : message;
    }

    public int? ColumnOf(MemberField field) => Check is null ? null : Import.Columns().TryGetValue(field, out var c) ? c : null;

    private async Task Preview(CancellationToken cancel)
    {
        var sheet = await imports.Sheet(Import, cancel);
        if (sheet is null)
        {
            return;
        }

        Headers = sheet.Headers;
        Check = await imports.Check(Import, sheet, cancel);
    }

    private async Task<bool> Load(CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, User, Id, cancel) is not { IsOfficer: true } workspace)
        {
            return false;
        }

        Workspace = workspace;
        var import = await db.MemberImports.SingleOrDefaultAsync(i => i.Id == ImportId && i.AssociationId == Id, cancel);
        if (import is null)
        {
            return false;
        }

        Import = import;
        ConsentPurpose = import.ConsentPurpose;
        return true;
    }
}
