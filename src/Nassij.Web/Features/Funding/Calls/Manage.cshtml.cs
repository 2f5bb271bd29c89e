using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Funding.Calls;

public sealed record ManagedCallRow(int Id, string TitleAr, string TitleFr, CallState State, DateTimeOffset OpensAt, DateTimeOffset ClosesAt);

/// <summary>Every call, drafts included, newest first, for the people who run them.</summary>
[Authorize(Policy = Policies.CallManagement)]
public sealed class ManageModel(NassijDb db, TimeProvider clock) : PageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ManagedCallRow> Rows { get; private set; } = [];
    public bool HasNext { get; private set; }
    public DateTimeOffset Now { get; private set; }
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task OnGetAsync(CancellationToken cancel)
    {
        ModelState.Clear();
        Now = clock.GetUtcNow();
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        var calls = db.Calls.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            calls = calls.Where(c => c.TitleAr.Contains(q) || c.TitleFr.Contains(q));
        }

        var rows = await calls.OrderByDescending(c => c.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(c => new ManagedCallRow(c.Id, c.TitleAr, c.TitleFr, c.State, c.OpensAt, c.ClosesAt))
            .ToListAsync(cancel);
        HasNext = rows.Count > PageSize;
        Rows = rows.Take(PageSize).ToList();
    }

    public object RouteFor(int page) => new { q = Q, p = page };
}
