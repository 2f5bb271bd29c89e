using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Books;

/// <summary>The year's journal: balances, totals, and the entries newest first, searchable, a page at a time.</summary>
[Authorize]
public sealed class IndexModel(NassijDb db, AssociationAccess access, TimeProvider clock) : PageModel
{
    private const int PageSize = 50;

    [FromRoute]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    /// <summary>The page starts below this entry number (keyset paging).</summary>
    [BindProperty(SupportsGet = true)]
    public int? Before { get; set; }

    public WorkspaceContext Workspace { get; private set; } = null!;
    public AnnualStatement Statement { get; private set; } = null!;
    public IReadOnlyList<EntryRow> Entries { get; private set; } = [];
    public int? NextBefore { get; private set; }
    public DateOnly Today { get; private set; }

    public sealed record EntryRow(int Id, int Year, int Number, DateOnly Date, EntryKind Kind, decimal Amount, string Label, string? Payee, string? CategoryCode, FundSource? Source, bool Reversed, bool IsReversal, bool HasReceipt)
    {
        public string Numbered => $"{Year}-{Number:0000}";
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, User, Id, cancel) is not { IsOfficer: true } workspace)
        {
            return NotFound();
        }

        Workspace = workspace;
        Today = Formats.TodayInMorocco(clock);
        Year = Year == 0 ? Today.Year : Math.Clamp(Year, 2000, Today.Year);
        Statement = await AnnualStatement.Of(db, Id, Year, cancel);
        var entries = db.BookEntries.AsNoTracking().Where(e => e.AssociationId == Id && e.Year == Year)
            .WhereKeyHasAllTerms(e => e.SearchKey, Q);
        if (BookCategories.Find(Category) is not null)
        {
            entries = entries.Where(e => e.CategoryCode == Category);
        }

        if (Before is { } before)
        {
            entries = entries.Where(e => e.Number < before);
        }

        var page = await entries.OrderByDescending(e => e.Number).Take(PageSize + 1)
            .Select(e => new EntryRow(e.Id, e.Year, e.Number, e.Date, e.Kind, e.Amount, e.Label, e.Payee, e.CategoryCode, e.Source, e.ReversedByEntryId != null, e.ReversesEntryId != null, e.ReceiptFileId != null))
            .ToListAsync(cancel);
        NextBefore = page.Count > PageSize ? page[PageSize - 1].Number : null;
        Entries = page.Take(PageSize).ToList();
        return Page();
    }
}
