using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Features.Funding.Calls;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Funding.Screening;

public sealed record ScreeningRow(int Id, string? Reference, string AssociationAr, string AssociationFr, int LotId, decimal Requested, ApplicationState State, decimal? AverageScore);

/// <summary>A call's submitted applications for the staff who screen them and send them to the committee.</summary>
[Authorize(Policy = Policies.CallManagement)]
public sealed class ApplicationsListModel(NassijDb db, Assigner assigner, Audit audit, TimeProvider clock, IStringLocalizer<FundingText> text) : PageModel
{
    public const int PageSize = 50;

    [FromRoute]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Lot { get; set; }

    [BindProperty(SupportsGet = true)]
    public ApplicationState? State { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public Call Call { get; private set; } = null!;
    public IReadOnlyList<ScreeningRow> Rows { get; private set; } = [];
    public bool HasNext { get; private set; }
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        ModelState.Clear();
        var call = await CallLoading.Full(db, Id, tracking: false);
        if (call is null)
        {
            return NotFound();
        }

        Call = call;
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        var query = db.Applications.AsNoTracking().Where(a => a.CallId == Id && a.State != ApplicationState.Draft);
        if (Lot is { } lot)
        {
            query = query.Where(a => a.LotId == lot);
        }

        if (State is { } state)
        {
            query = query.Where(a => a.State == state);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            var folded = TextFolding.Fold(q);
            query = query.Where(a => a.Reference == q.ToUpperInvariant() || db.Associations.Any(s => s.Id == a.AssociationId && s.SearchKey.Contains(folded)));
        }

        var rows = await query.OrderBy(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Join(db.Associations, a => a.AssociationId, s => s.Id, (a, s) => new ScreeningRow(a.Id, a.Reference, s.NameAr, s.NameFr, a.LotId, a.RequestedTotal, a.State, a.AverageScore))
            .ToListAsync(cancel);
        HasNext = rows.Count > PageSize;
        Rows = rows.Take(PageSize).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAssignAsync(CancellationToken cancel)
    {
        var call = await CallLoading.Full(db, Id, tracking: false);
        if (call is null)
        {
            return NotFound();
        }

        var created = await assigner.AssignCall(call, cancel);
        audit.Record("call.evaluators-assigned", nameof(Call), call.Id, after: new { Evaluations = created });
        await db.SaveChangesAsync(cancel);
        TempData["Notice"] = text["{0} evaluations assigned.", created].Value;
        return Redirect($"/staff/calls/{Id}/applications");
    }

    public object RouteFor(int page) => new { q = Q, lot = Lot, state = State, p = page };

    public DateTimeOffset Now => clock.GetUtcNow();
}
