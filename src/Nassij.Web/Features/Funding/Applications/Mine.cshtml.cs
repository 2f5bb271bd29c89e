using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Funding.Applications;

public sealed record MyApplicationRow(int Id, string? Reference, string Title, string CallAr, string CallFr, string AssociationAr, string AssociationFr, ApplicationState State, DateTimeOffset ClosesAt);

/// <summary>The applications of every association the person is an officer of, newest first.</summary>
[Authorize]
public sealed class MineModel(NassijDb db) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<MyApplicationRow> Rows { get; private set; } = [];
    public bool HasNext { get; private set; }
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task OnGetAsync(CancellationToken cancel)
    {
        ModelState.Clear();
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        var rows = await OfficerApplications.Of(db, User).AsNoTracking()
            .OrderByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Join(db.Calls, a => a.CallId, c => c.Id, (a, c) => new { a, c })
            .Join(db.Associations, x => x.a.AssociationId, s => s.Id, (x, s) =>
                new MyApplicationRow(x.a.Id, x.a.Reference, x.a.Title, x.c.TitleAr, x.c.TitleFr, s.NameAr, s.NameFr, x.a.State, x.c.ClosesAt))
            .ToListAsync(cancel);
        HasNext = rows.Count > PageSize;
        Rows = rows.Take(PageSize).ToList();
    }

    public object RouteFor(int page) => new { p = page };
}
