using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Funding.Calls;

public sealed record CallSummary(int Id, string TitleAr, string TitleFr, string State, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, decimal Envelope);

public sealed record CallsPage(IReadOnlyList<CallSummary> Items, int Page, int PageSize, bool HasNext);

public sealed record LotDetail(int Id, int Number, string ThemeAr, string ThemeFr, decimal Envelope, decimal MinimumGrant, decimal MaximumGrant, int IndicativeProjects);

public sealed record CriterionDetail(int Number, string LabelAr, string LabelFr, int MaxPoints);

public sealed record TextDetail(string Ar, string Fr);

public sealed record CallDetail(
    int Id, string TitleAr, string TitleFr, string TextAr, string TextFr, string State, DateTimeOffset OpensAt, DateTimeOffset ClosesAt,
    int MinimumAgeMonths, string[] Regions, int FirstTranchePercent, IReadOnlyList<LotDetail> Lots, IReadOnlyList<CriterionDetail> Criteria,
    IReadOnlyList<TextDetail> RequiredDocuments, IReadOnlyList<TextDetail> Declarations);

public sealed record CallResultItem(int LotId, int AssociationId, string AssociationAr, string AssociationFr, string Project, decimal Grant);

public sealed record ApplicationItem(int Id, string? Reference, int LotId, int AssociationId, string State, decimal Requested, decimal? AverageScore, decimal? Granted, DateTimeOffset? SubmittedAt);

public sealed record ApplicationsPage(IReadOnlyList<ApplicationItem> Items, int Page, int PageSize, bool HasNext);

/// <summary>Calls for proposals as JSON: the same rules as the pages (drafts are never public; results once published;
/// applications to call managers, or an association's own to its officers).</summary>
public static class CallsApi
{
    public const int PageSize = 50;

    public static void MapCallsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/calls").WithTags("Calls");
        api.MapGet("/", List).WithName("ListCalls").WithSummary("Public calls: open ones first, then past ones");
        api.MapGet("/{id:int}", Get).WithName("GetCall").WithSummary("A public call with its lots, eligibility, documents and scoring grid");
        api.MapGet("/{id:int}/results", Results).WithName("GetCallResults").WithSummary("Selected projects, once the results are published");
        api.MapGet("/{id:int}/applications", Applications).RequireAuthorization().WithName("ListCallApplications")
            .WithSummary("Applications to a call: all of them for call managers, an association's own for its officers");
    }

    private static async Task<CallsPage> List(NassijDb db, TimeProvider clock, int? page, CancellationToken cancel)
    {
        var number = Math.Clamp(page ?? 1, 1, 10_000);
        var now = clock.GetUtcNow();
        var rows = await db.Calls.AsNoTracking().Where(c => c.State != CallState.Draft && (c.State != CallState.Cancelled || c.PublishedAt != null))
            .OrderBy(c => c.State == CallState.Published && c.ClosesAt > now ? 0 : 1).ThenByDescending(c => c.ClosesAt)
            .Skip((number - 1) * PageSize).Take(PageSize + 1)
            .Select(c => new { c.Id, c.TitleAr, c.TitleFr, c.State, c.OpensAt, c.ClosesAt, Envelope = c.Lots.Sum(l => l.Envelope) })
            .ToListAsync(cancel);
        var items = rows.Take(PageSize).Select(c => new CallSummary(c.Id, c.TitleAr, c.TitleFr, Call.StateAt(c.State, c.ClosesAt, now).ToString(), c.OpensAt, c.ClosesAt, c.Envelope)).ToList();
        return new CallsPage(items, number, PageSize, rows.Count > PageSize);
    }

    private static async Task<Results<Ok<CallDetail>, NotFound>> Get(int id, NassijDb db, TimeProvider clock, CancellationToken cancel)
    {
        var c = await CallLoading.Full(db, id, tracking: false);
        if (c is null || !c.IsPublic)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(new CallDetail(
            c.Id, c.TitleAr, c.TitleFr, c.TextAr, c.TextFr, c.StateAt(clock.GetUtcNow()).ToString(), c.OpensAt, c.ClosesAt, c.MinimumAgeMonths,
            [.. c.RegionCodes], c.FirstTranchePercent,
            [.. c.Lots.OrderBy(l => l.Number).Select(l => new LotDetail(l.Id, l.Number, l.ThemeAr, l.ThemeFr, l.Envelope, l.MinimumGrant, l.MaximumGrant, l.IndicativeProjects))],
            [.. c.Criteria.OrderBy(x => x.Number).Select(x => new CriterionDetail(x.Number, x.LabelAr, x.LabelFr, x.MaxPoints))],
            [.. c.Documents.OrderBy(d => d.Number).Select(d => new TextDetail(d.LabelAr, d.LabelFr))],
            [.. c.Declarations.OrderBy(d => d.Number).Select(d => new TextDetail(d.TextAr, d.TextFr))]));
    }

    private static async Task<Results<Ok<List<CallResultItem>>, NotFound>> Results(int id, NassijDb db, CancellationToken cancel)
    {
        var published = await db.Calls.AnyAsync(c => c.Id == id && (c.State == CallState.ResultsPublished || c.State == CallState.Archived), cancel);
        if (!published)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await db.Applications.AsNoTracking().Where(a => a.CallId == id && a.State == ApplicationState.Selected)
            .OrderBy(a => a.LotId).ThenBy(a => a.Rank).ThenBy(a => a.Id).Take(5000)
            .Join(db.Associations, a => a.AssociationId, s => s.Id, (a, s) => new CallResultItem(a.LotId, s.Id, s.NameAr, s.NameFr, a.Title, a.GrantedAmount ?? 0))
            .ToListAsync(cancel));
    }

    private static async Task<ApplicationsPage> Applications(int id, HttpContext http, NassijDb db, int? page, CancellationToken cancel)
    {
        var number = Math.Clamp(page ?? 1, 1, 10_000);
        var user = http.User;
        var manager = user.Has(Role.Administrator) || user.Has(Role.CallManager);
        var query = (manager ? db.Applications.Where(a => a.State != ApplicationState.Draft) : OfficerApplications.Of(db, user)).AsNoTracking().Where(a => a.CallId == id);
        var rows = await query.OrderBy(a => a.Id).Skip((number - 1) * PageSize).Take(PageSize + 1)
            .Select(a => new ApplicationItem(a.Id, a.Reference, a.LotId, a.AssociationId, a.State.ToString(), a.RequestedTotal, a.AverageScore, a.GrantedAmount, a.SubmittedAt))
            .ToListAsync(cancel);
        return new ApplicationsPage(rows.Take(PageSize).ToList(), number, PageSize, rows.Count > PageSize);
    }
}
