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

namespace Nassij.Web.Features.Workspace.Books;

/// <summary>The year's budget per category, for the association or one project, beside what the books show.</summary>
[Authorize]
public sealed class BudgetModel(NassijDb db, AssociationAccess access, Audit audit, TimeProvider clock, IStringLocalizer<WorkspaceText> text) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Project { get; set; }

    public WorkspaceContext Workspace { get; private set; } = null!;
    public IReadOnlyList<BookProject> Projects { get; private set; } = [];
    public IReadOnlyList<BudgetRow> Rows { get; private set; } = [];
    public string YearText => Year.ToString(CultureInfo.InvariantCulture);

    public sealed record BudgetRow(BookCategory Category, decimal? Budget, decimal Actual, string? Typed)
    {
        public decimal? Difference => Budget is { } b ? Actual - b : null;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel) => await Load(null, cancel) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        if (!await Load(null, cancel) || !Workspace.IsTreasurer)
        {
            return NotFound();
        }

        // Read by hand: one field per category, named after its code.
        var typed = BookCategories.All.ToDictionary(c => c.Code, c => Request.Form[$"budget-{c.Code}"].ToString());
        var amounts = new Dictionary<string, decimal?>();
        foreach (var (code, raw) in typed)
        {
            var amount = string.IsNullOrWhiteSpace(raw) ? null : AmountBinder.Parse(raw);
            if (!string.IsNullOrWhiteSpace(raw) && amount is not (>= 0 and <= 100_000_000))
            {
                ModelState.AddModelError($"budget-{code}", text["Enter an amount between 0 and 100,000,000 MAD."]);
            }

            amounts[code] = amount;
        }

        if (!ModelState.IsValid)
        {
            await Load(typed, cancel);
            return Page();
        }

        var lines = await db.BudgetLines.Where(b => b.AssociationId == Id && b.Year == Year && b.ProjectId == Project).ToListAsync(cancel);
        db.BudgetLines.RemoveRange(lines);
        db.BudgetLines.AddRange(amounts.Where(a => a.Value is > 0).Select(a => new BudgetLine { AssociationId = Id, Year = Year, ProjectId = Project, CategoryCode = a.Key, Amount = a.Value!.Value }));
        audit.Record("books.budget.set", nameof(BudgetLine), $"{Id}/{YearText}/{Project}", after: amounts.Where(a => a.Value is > 0).ToDictionary(a => a.Key, a => a.Value));
        await db.SaveChangesAsync(cancel);
        TempData["Notice"] = text["The budget is saved."].Value;
        return Redirect($"/workspace/{Id}/books/budget?year={YearText}&project={Project}");
    }

    public async Task<IActionResult> OnPostProjectAsync(string? name, CancellationToken cancel)
    {
        if (!await Load(null, cancel) || !Workspace.IsTreasurer)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 150)
        {
            ModelState.AddModelError("name", text["Give the project a name (150 characters at most)."]);
            return Page();
        }

        var project = new BookProject { AssociationId = Id, Name = name.Trim() };
        db.BookProjects.Add(project);
        await db.SaveChangesAsync(cancel);
        audit.Record("books.project.added", nameof(BookProject), project.Id.ToString(CultureInfo.InvariantCulture), after: new { project.Name });
        await db.SaveChangesAsync(cancel);
        return Redirect($"/workspace/{Id}/books/budget?year={YearText}&project={project.Id}");
    }

    private async Task<bool> Load(Dictionary<string, string>? typed, CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, User, Id, cancel) is not { IsOfficer: true } workspace)
        {
            return false;
        }

        Workspace = workspace;
        var today = Formats.TodayInMorocco(clock);
        Year = Year == 0 ? today.Year : Math.Clamp(Year, 2000, today.Year + 1);
        Projects = await db.BookProjects.AsNoTracking().Where(p => p.AssociationId == Id).OrderBy(p => p.Name).Take(200).ToListAsync(cancel);
        if (Project is { } project && Projects.All(p => p.Id != project))
        {
            Project = null;
        }

        var budget = await db.BudgetLines.AsNoTracking().Where(b => b.AssociationId == Id && b.Year == Year && b.ProjectId == Project)
            .ToDictionaryAsync(b => b.CategoryCode, b => b.Amount, cancel);
        var actual = await (
            from l in db.BookLines.AsNoTracking()
            where l.AssociationId == Id && l.Year == Year && l.CategoryCode != null
            join e in db.BookEntries on l.EntryId equals e.Id
            where Project == null || e.ProjectId == Project
            group l.Amount by l.CategoryCode into g
            select new { Code = g.Key!, Total = g.Sum() }).ToDictionaryAsync(a => a.Code, a => a.Total, cancel);
        Rows = [.. BookCategories.All.Select(c => new BudgetRow(c, budget.TryGetValue(c.Code, out var b) ? b : null,
            actual.TryGetValue(c.Code, out var a) ? (c.Kind == EntryKind.Income ? -a : a) : 0m, typed?.GetValueOrDefault(c.Code)))];
        return true;
    }
}
