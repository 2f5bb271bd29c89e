using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Support.Cases;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Support.Supervision;

public sealed record Share(string Key, int Cases);

public sealed record TargetFigure(CasePriority Priority, int Cases, int FirstMet, int FirstMissed, int ResolutionMet, int ResolutionMissed);

public sealed record BacklogRow(Guid? AdviserId, string? AdviserName, int Open, int Waiting, int AtRisk);

public sealed record WeekFigure(DateOnly Monday, int Opened, int Resolved);

public sealed record WeekCount(int Bucket, int Cases);

public sealed record CaseGroup(CaseTopic Topic, string RegionCode, CaseChannel Channel, CasePriority Priority, bool? FirstResponseMet, bool? ResolutionMet, int? Rating, int Cases);

/// <summary>The supervisor's figures for a period. Each query is one indexed scan that groups in the
/// database; only grouped rows come back, whatever the number of cases.</summary>
public sealed class Figures
{
    public required IReadOnlyList<Share> ByTopic { get; init; }
    public required IReadOnlyList<Share> ByRegion { get; init; }
    public required IReadOnlyList<Share> ByChannel { get; init; }
    public required IReadOnlyList<TargetFigure> Targets { get; init; }
    public required int[] Ratings { get; init; }
    public required IReadOnlyList<BacklogRow> Backlog { get; init; }
    public required IReadOnlyList<WeekFigure> Weeks { get; init; }

    public int Total => ByChannel.Sum(c => c.Cases);

    public double? Satisfaction => Ratings.Sum() == 0 ? null : Ratings.Select((n, i) => n * (i + 1)).Sum() / (double)Ratings.Sum();

    /// <summary>The three scans run at once, each on its own connection: the page waits for the longest, not the sum.</summary>
    public static async Task<Figures> For(IServiceScopeFactory scopes, DateTimeOffset from, DateTimeOffset to, DateTimeOffset now, int warnMinutes, CancellationToken cancel)
    {
        async Task<T> On<T>(Func<NassijDb, Task<T>> query)
        {
            await using var scope = scopes.CreateAsyncScope();
            return await query(scope.ServiceProvider.GetRequiredService<NassijDb>());
        }

        var grouping = On(db => Groups(db, from, to, cancel));
        var backlog = On(db => LoadBacklog(db, now, warnMinutes, cancel));
        var weeks = On(db => db.IsPostgres ? WeeksInPostgres(db, from, to, cancel) : LoadWeeks(db, from, to, cancel));
        await Task.WhenAll(grouping, backlog, weeks);
        var groups = await grouping;
        var ratings = new int[5];
        foreach (var t in groups.Where(t => t.Rating is >= 1 and <= 5))
        {
            ratings[t.Rating!.Value - 1] += t.Cases;
        }

        return new Figures
        {
            ByTopic = Shares(groups.GroupBy(m => m.Topic.ToString()), m => m.Cases),
            ByRegion = Shares(groups.GroupBy(m => m.RegionCode), m => m.Cases),
            ByChannel = Shares(groups.GroupBy(m => m.Channel.ToString()), m => m.Cases),
            Targets = [.. groups.GroupBy(t => t.Priority).OrderByDescending(g => g.Key).Select(g => new TargetFigure(g.Key, g.Sum(t => t.Cases),
                g.Where(t => t.FirstResponseMet == true).Sum(t => t.Cases), g.Where(t => t.FirstResponseMet == false).Sum(t => t.Cases),
                g.Where(t => t.ResolutionMet == true).Sum(t => t.Cases), g.Where(t => t.ResolutionMet == false).Sum(t => t.Cases)))],
            Ratings = ratings,
            Backlog = await backlog,
            Weeks = await weeks,
        };
    }

    /// <summary>One scan groups by every dimension at once; the few thousand groups are summed in memory.</summary>
    private static Task<List<CaseGroup>> Groups(NassijDb db, DateTimeOffset from, DateTimeOffset to, CancellationToken cancel) =>
        db.Cases.AsNoTracking().Where(c => c.CreatedAt >= from && c.CreatedAt < to && c.MergedIntoId == null)
            .GroupBy(c => new { c.Topic, c.RegionCode, c.Channel, c.Priority, c.FirstResponseMet, c.ResolutionMet, c.Rating })
            .Select(g => new CaseGroup(g.Key.Topic, g.Key.RegionCode, g.Key.Channel, g.Key.Priority, g.Key.FirstResponseMet, g.Key.ResolutionMet, g.Key.Rating, g.Count()))
            .ToListAsync(cancel);

    private static List<Share> Shares<T>(IEnumerable<IGrouping<string, T>> groups, Func<T, int> count) =>
        [.. groups.Select(g => new Share(g.Key, g.Sum(count))).OrderByDescending(s => s.Cases)];

    /// <summary>Live cases per adviser (not limited to the period): what each one has on their desk now.</summary>
    private static async Task<List<BacklogRow>> LoadBacklog(NassijDb db, DateTimeOffset now, int warnMinutes, CancellationToken cancel)
    {
        var warnBefore = now.AddMinutes(warnMinutes);
        var rows = await db.Cases.AsNoTracking()
            .Where(c => CaseStatuses.Live.Contains(c.Status))
            .GroupBy(c => c.AssigneeId)
            .Select(g => new
            {
                AdviserId = g.Key,
                Open = g.Count(c => c.Status != CaseStatus.WaitingForRequester),
                Waiting = g.Count(c => c.Status == CaseStatus.WaitingForRequester),
                AtRisk = g.Count(c => c.NextDueAt != null && c.NextDueAt <= warnBefore),
            })
            .ToListAsync(cancel);
        var ids = rows.Where(r => r.AdviserId != null).Select(r => r.AdviserId!.Value).ToList();
        var names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancel);
        return [.. rows.Select(r => new BacklogRow(r.AdviserId, r.AdviserId is { } id ? names.GetValueOrDefault(id) : null, r.Open, r.Waiting, r.AtRisk))
            .OrderByDescending(r => r.AtRisk).ThenByDescending(r => r.Open)];
    }

    /// <summary>Cases opened and resolved each week in two grouped index scans: width_bucket places each date
    /// among the weeks' first instants (Monday 00:00 in Morocco), with no time-zone arithmetic per row.</summary>
    private static async Task<List<WeekFigure>> WeeksInPostgres(NassijDb db, DateTimeOffset from, DateTimeOffset to, CancellationToken cancel)
    {
        var weeks = await LoadWeeks(db, from, to, cancel, count: false);
        var bounds = weeks.Select(w => Platform.Localization.Formats.FromMorocco(w.Monday.ToDateTime(TimeOnly.MinValue)).UtcDateTime).ToArray();
        var opened = await db.Database.SqlQuery<WeekCount>($"""
            SELECT width_bucket("CreatedAt", {bounds}) AS "Bucket", count(*)::int AS "Cases"
            FROM "Cases" WHERE "CreatedAt" >= {from} AND "CreatedAt" < {to} GROUP BY 1
            """).ToListAsync(cancel);
        var resolved = await db.Database.SqlQuery<WeekCount>($"""
            SELECT width_bucket("ResolvedAt", {bounds}) AS "Bucket", count(*)::int AS "Cases"
            FROM "Cases" WHERE "ResolvedAt" >= {from} AND "ResolvedAt" < {to} GROUP BY 1
            """).ToListAsync(cancel);
        return [.. weeks.Select((w, i) => w with
        {
            Opened = opened.FirstOrDefault(o => o.Bucket == i + 1)?.Cases ?? 0,
            Resolved = resolved.FirstOrDefault(o => o.Bucket == i + 1)?.Cases ?? 0,
        })];
    }

    /// <summary>Cases opened and resolved each week (Monday to Sunday, Morocco time), one pair of indexed counts per week.</summary>
    private static async Task<List<WeekFigure>> LoadWeeks(NassijDb db, DateTimeOffset from, DateTimeOffset to, CancellationToken cancel, bool count = true)
    {
        var weeks = new List<WeekFigure>();
        var first = DateOnly.FromDateTime(Platform.Localization.Formats.LocalInMorocco(from));
        var monday = first.AddDays(-(((int)first.DayOfWeek + 6) % 7));
        for (var week = monday; Platform.Localization.Formats.FromMorocco(week.ToDateTime(TimeOnly.MinValue)) < to && weeks.Count < 60; week = week.AddDays(7))
        {
            var start = Platform.Localization.Formats.FromMorocco(week.ToDateTime(TimeOnly.MinValue));
            var end = start.AddDays(7);
            var opened = count ? await db.Cases.CountAsync(c => c.CreatedAt >= start && c.CreatedAt < end, cancel) : 0;
            var resolved = count ? await db.Cases.CountAsync(c => c.ResolvedAt >= start && c.ResolvedAt < end, cancel) : 0;
            weeks.Add(new WeekFigure(week, opened, resolved));
        }

        return weeks;
    }
}
