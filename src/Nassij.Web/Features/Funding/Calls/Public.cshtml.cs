using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Funding.Calls;

public sealed record PublicCallRow(int Id, string TitleAr, string TitleFr, CallState State, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, decimal Envelope);

/// <summary>Open calls first (soonest closing first), then past ones, newest first.</summary>
public sealed class PublicModel(NassijDb db, TimeProvider clock) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<PublicCallRow> Open { get; private set; } = [];
    public IReadOnlyList<PublicCallRow> Past { get; private set; } = [];
    public bool HasNext { get; private set; }
    public DateTimeOffset Now { get; private set; }
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task OnGetAsync(CancellationToken cancel)
    {
        ModelState.Clear();
        Now = clock.GetUtcNow();
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        var now = Now;
        if (PageNumber == 1)
        {
            Open = await Rows(db.Calls.Where(c => c.State == CallState.Published && c.ClosesAt > now).OrderBy(c => c.ClosesAt), 0, 100, cancel);
        }

        var past = await Rows(
            db.Calls.Where(c => (c.State == CallState.Published && c.ClosesAt <= now) || c.State == CallState.Evaluation || c.State == CallState.ResultsPublished || c.State == CallState.Archived
                || (c.State == CallState.Cancelled && c.PublishedAt != null))
                .OrderByDescending(c => c.ClosesAt),
            (PageNumber - 1) * PageSize, PageSize + 1, cancel);
        HasNext = past.Count > PageSize;
        Past = past.Take(PageSize).ToList();
    }

    private static Task<List<PublicCallRow>> Rows(IQueryable<Call> calls, int skip, int take, CancellationToken cancel) =>
        calls.AsNoTracking().Skip(skip).Take(take)
            .Select(c => new PublicCallRow(c.Id, c.TitleAr, c.TitleFr, c.State, c.OpensAt, c.ClosesAt, c.Lots.Sum(l => l.Envelope)))
            .ToListAsync(cancel);

    public object RouteFor(int page) => new { p = page };
}
