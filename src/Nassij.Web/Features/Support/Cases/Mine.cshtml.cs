using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Support.Cases;

public sealed record MyCaseRow(string Reference, string Subject, CaseStatus Status, DateTimeOffset CreatedAt, DateTimeOffset LastActivityAt);

/// <summary>/support/mine: the signed-in person's questions, newest first.</summary>
[Authorize]
public sealed class MineModel(NassijDb db) : PageModel
{
    private const int PageSize = 20;

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<MyCaseRow> Rows { get; private set; } = [];
    public bool HasNext { get; private set; }

    public async Task OnGetAsync(CancellationToken cancel)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        var me = User.PersonId();
        var rows = await db.Cases.AsNoTracking()
            .Where(c => c.RequesterId == me)
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(c => new MyCaseRow(c.Reference, c.Subject, c.Status, c.CreatedAt, c.LastActivityAt))
            .ToListAsync(cancel);
        HasNext = rows.Count > PageSize;
        Rows = [.. rows.Take(PageSize)];
    }

    public object RouteFor(int page) => new { p = page };
}
