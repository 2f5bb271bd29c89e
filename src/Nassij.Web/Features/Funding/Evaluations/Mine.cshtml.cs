using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Funding.Evaluations;

public sealed record AssignmentRow(int Id, string? Reference, string CallAr, string CallFr, EvaluationState State, DateTimeOffset AssignedAt);

/// <summary>An evaluator's own assignments, what is still to do first. Nothing else is listed.</summary>
[Authorize(Policy = Policies.Evaluation)]
public sealed class MineModel(NassijDb db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AssignmentRow> Rows { get; private set; } = [];
    public bool HasNext { get; private set; }
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task OnGetAsync(CancellationToken cancel)
    {
        ModelState.Clear();
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        var me = User.PersonId();
        var rows = await db.Evaluations.AsNoTracking().Where(e => e.EvaluatorId == me)
            .OrderBy(e => e.State == EvaluationState.Submitted || e.State == EvaluationState.Recused).ThenBy(e => e.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Join(db.Applications, e => e.ApplicationId, a => a.Id, (e, a) => new { e, a.Reference, a.CallId })
            .Join(db.Calls, x => x.CallId, c => c.Id, (x, c) => new AssignmentRow(x.e.Id, x.Reference, c.TitleAr, c.TitleFr, x.e.State, x.e.AssignedAt))
            .ToListAsync(cancel);
        HasNext = rows.Count > PageSize;
        Rows = rows.Take(PageSize).ToList();
    }

    public object RouteFor(int page) => new { p = page };
}
