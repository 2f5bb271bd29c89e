using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Associations;

public sealed record QueueRow(int Id, string NameAr, string NameFr, string RegionCode, string ProvinceCode, DateTimeOffset CreatedAt, VerificationStatus Status);

/// <summary>Files waiting for staff, oldest first; a regional coordinator sees their region only.</summary>
[Authorize(Policy = Policies.Verifier)]
public sealed class VerificationQueueModel(NassijDb db) : PageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public VerificationStatus Status { get; set; } = VerificationStatus.Pending;

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<QueueRow> Rows { get; private set; } = [];
    public bool HasNext { get; private set; }
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task OnGetAsync(CancellationToken cancel)
    {
        ModelState.Clear();
        PageNumber = Math.Max(1, PageNumber);
        var query = db.Associations.AsNoTracking().Where(a => a.Status == Status);
        if (User.RegionScope() is { } region)
        {
            query = query.Where(a => a.RegionCode == region);
        }

        query = query.WhereKeyHasAllTerms(a => a.SearchKey, Q);

        var rows = await query.OrderBy(a => a.CreatedAt).ThenBy(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(a => new QueueRow(a.Id, a.NameAr, a.NameFr, a.RegionCode, a.ProvinceCode, a.CreatedAt, a.Status))
            .ToListAsync(cancel);
        HasNext = rows.Count > PageSize;
        Rows = rows.Take(PageSize).ToList();
    }

    public object RouteFor(int page) => new { q = Q, status = Status, p = page };
}
