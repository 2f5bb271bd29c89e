using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Funding.Agreements;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Features.Funding.Reports;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Funding.Monitoring;

public sealed record StageCount(int LotId, ApplicationState State, int Count);

public sealed record RegionCount(string RegionCode, int Applications, int Selected);

public sealed record MoneyFigures(int Agreements, decimal Committed, decimal Paid, int ReportsWaiting, int ReportsApproved, int ReportsLate, decimal? IndicatorAchievement)
{
    public decimal Outstanding => Committed - Paid;
}

/// <summary>The monitoring figures of one call (or every call when callId is null): grouped counts in the
/// database, never a table loaded into memory.</summary>
public static class Figures
{
    public static Task<List<StageCount>> Stages(NassijDb db, int? callId, CancellationToken cancel) =>
        Applications(db, callId).Where(a => a.State != ApplicationState.Draft)
            .GroupBy(a => new { a.LotId, a.State })
            .Select(g => new StageCount(g.Key.LotId, g.Key.State, g.Count()))
            .ToListAsync(cancel);

    public static Task<List<RegionCount>> Regions(NassijDb db, int? callId, CancellationToken cancel) =>
        Applications(db, callId).Where(a => a.State != ApplicationState.Draft && a.State != ApplicationState.Withdrawn)
            .Join(db.Associations, a => a.AssociationId, s => s.Id, (a, s) => new { s.RegionCode, a.State })
            .GroupBy(x => x.RegionCode)
            .Select(g => new RegionCount(g.Key, g.Count(), g.Count(x => x.State == ApplicationState.Selected)))
            .ToListAsync(cancel);

    public static async Task<MoneyFigures> Money(NassijDb db, int? callId, DateOnly today, CancellationToken cancel)
    {
        var agreements = db.Agreements.Where(a => (callId == null || a.CallId == callId) && a.State != AgreementState.Terminated);
        var count = await agreements.CountAsync(cancel);
        var committed = await agreements.SumAsync(a => a.Amount, cancel);
        var paid = await db.Tranches.Where(t => t.State == TrancheState.Paid && agreements.Any(a => a.Id == t.AgreementId)).SumAsync(t => t.Amount, cancel);
        var reports = await db.Reports.Where(r => agreements.Any(a => a.Id == r.AgreementId))
            .GroupBy(r => r.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancel);
        var late = await OverdueReports.Late(db, today).CountAsync(a => callId == null || a.CallId == callId, cancel);
        var achievement = await IndicatorAchievement(db, agreements, cancel);
        return new MoneyFigures(count, committed, paid,
            reports.Where(r => r.Key == ReportState.Submitted).Sum(r => r.Count),
            reports.Where(r => r.Key == ReportState.Approved).Sum(r => r.Count), late, achievement);
    }

    /// <summary>Mean of value reached ÷ target over the indicators reported in approved reports.</summary>
    private static async Task<decimal?> IndicatorAchievement(NassijDb db, IQueryable<Agreement> agreements, CancellationToken cancel)
    {
        var pairs = await db.Reports.Where(r => r.State == ReportState.Approved && agreements.Any(a => a.Id == r.AgreementId))
            .SelectMany(r => r.Indicators)
            .Join(db.Set<Indicator>(), v => v.IndicatorId, i => i.Id, (v, i) => new { v.Value, i.Target })
            .Where(x => x.Value != null && x.Target != null && x.Target > 0)
            .Take(100_000)
            .ToListAsync(cancel);
        return pairs.Count == 0 ? null : Math.Round(pairs.Average(p => Math.Min(p.Value!.Value / p.Target!.Value, 2m)) * 100, 1);
    }

    private static IQueryable<Application> Applications(NassijDb db, int? callId) =>
        callId is { } id ? db.Applications.Where(a => a.CallId == id) : db.Applications;
}
