using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Support.Cases;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Support.Supervision;

public sealed record Share(string Key, int Cases);

public sealed record TargetFigure(CasePriority Priority, int Cases, int FirstMet, int FirstMissed, int ResolutionMet, int ResolutionMissed);

public sealed record BacklogRow(Guid? AdviserId, string? AdviserName, int Open, int Waiting, int AtRisk);

public sealed record WeekFigure(DateOnly Monday, int Opened, int Resolved);

public sealed record CaseGroup(CaseTopic Topic, string RegionCode, CaseChannel Channel, CasePriority Priority, bool? FirstResponseMet, bool? ResolutionMet, int? Rating, int Cases);

/// <summary>Cases counted along one dimension ("topic", "region", "channel", "priority", "rating") for one value
/// (the stored value as text: enums as numbers; "" for no rating), with how many met or missed their targets.</summary>
public sealed record Marginal(string Dimension, string Value, int Cases, int FirstMet, int FirstMissed, int ResolutionMet, int ResolutionMissed)
{
    public static IEnumerable<Marginal> Of(IReadOnlyList<CaseGroup> groups)
    {
        IEnumerable<Marginal> Along(string dimension, Func<CaseGroup, string> value) =>
            groups.GroupBy(value).Select(g => new Marginal(dimension, g.Key, g.Sum(x => x.Cases),
                g.Where(x => x.FirstResponseMet == true).Sum(x => x.Cases), g.Where(x => x.FirstResponseMet == false).Sum(x => x.Cases),
                g.Where(x => x.ResolutionMet == true).Sum(x => x.Cases), g.Where(x => x.ResolutionMet == false).Sum(x => x.Cases)));

        return Along("topic", g => Number((int)g.Topic)).Concat(Along("region", g => g.RegionCode)).Concat(Along("channel", g => Number((int)g.Channel)))
            .Concat(Along("priority", g => Number((int)g.Priority))).Concat(Along("rating", g => g.Rating is { } r ? Number(r) : string.Empty));
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

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

    /// <summary>The scans run at once, each on its own connection: the page waits for the longest, not the sum.
    /// On PostgreSQL, past days come from the daily roll-up (see CaseDays) and only today is scanned.</summary>
    public static async Task<Figures> For(IServiceScopeFactory scopes, DateTimeOffset from, DateTimeOffset to, DateTimeOffset now, int warnMinutes, CancellationToken cancel)
    {
        async Task<T> On<T>(Func<NassijDb, Task<T>> query)
        {
            await using var scope = scopes.CreateAsyncScope();
            return await query(scope.ServiceProvider.GetRequiredService<NassijDb>());
        }

        var postgres = await On(db => Task.FromResult(db.IsPostgres));
        var today = DateOnly.FromDateTime(Platform.Localization.Formats.LocalInMorocco(now));
        var todayStarts = Platform.Localization.Formats.FromMorocco(today.ToDateTime(TimeOnly.MinValue));
        var split = !postgres ? from : todayStarts < from ? from : todayStarts > to ? to : todayStarts;
        var (fromDay, splitDay) = (Day(from), Day(split));

        var live = On(db => Groups(db, split, to, cancel));
        var past = postgres ? On(db => CaseDays.Marginals(db, fromDay, splitDay, cancel)) : Task.FromResult(new List<Marginal>());
        var backlog = On(db => LoadBacklog(db, now, warnMinutes, cancel));
        var weeks = postgres
            ? On(db => WeeksFromDays(db, from, to, split, fromDay, splitDay, cancel))
            : On(db => LoadWeeks(db, from, to, cancel));
        await Task.WhenAll(live, past, backlog, weeks);
        List<Marginal> marginals = [.. await past, .. Marginal.Of(await live)];
        IEnumerable<(int Value, Marginal Row)> Numbered(string dimension) =>
            marginals.Where(m => m.Dimension == dimension && m.Value.Length > 0).Select(m => (int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture), m));
        var ratings = new int[5];
        foreach (var (value, row) in Numbered("rating").Where(r => r.Value is >= 1 and <= 5))
        {
            ratings[value - 1] += row.Cases;
        }

        return new Figures
        {
            ByTopic = Shares(Numbered("topic").Select(n => (((CaseTopic)n.Value).ToString(), n.Row.Cases))),
            ByRegion = Shares(marginals.Where(m => m.Dimension == "region").Select(m => (m.Value, m.Cases))),
            ByChannel = Shares(Numbered("channel").Select(n => (((CaseChannel)n.Value).ToString(), n.Row.Cases))),
            Targets = [.. Numbered("priority").GroupBy(n => (CasePriority)n.Value).OrderByDescending(g => g.Key).Select(g => new TargetFigure(g.Key, g.Sum(n => n.Row.Cases),
                g.Sum(n => n.Row.FirstMet), g.Sum(n => n.Row.FirstMissed), g.Sum(n => n.Row.ResolutionMet), g.Sum(n => n.Row.ResolutionMissed)))],
            Ratings = ratings,
            Backlog = await backlog,
            Weeks = await weeks,
        };
    }

    private static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(Platform.Localization.Formats.LocalInMorocco(instant));

    /// <summary>Weeks from the daily roll-up for past days, plus today's live counts.</summary>
    private static async Task<List<WeekFigure>> WeeksFromDays(NassijDb db, DateTimeOffset from, DateTimeOffset to, DateTimeOffset split, DateOnly fromDay, DateOnly splitDay, CancellationToken cancel)
    {
        var opened = await CaseDays.Opened(db, fromDay, splitDay, cancel);
        var resolved = await CaseDays.Resolved(db, fromDay, splitDay, cancel);
        opened.Add(new DayCount(splitDay, await db.Cases.CountAsync(c => c.CreatedAt >= split && c.CreatedAt < to, cancel)));
        resolved.Add(new DayCount(splitDay, await db.Cases.CountAsync(c => c.ResolvedAt >= split && c.ResolvedAt < to, cancel)));
        int InWeek(List<DayCount> days, DateOnly monday) => days.Where(d => d.Day >= monday && d.Day < monday.AddDays(7)).Sum(d => d.Cases);
        return [.. Mondays(from, to).Select(monday => new WeekFigure(monday, InWeek(opened, monday), InWeek(resolved, monday)))];
    }

    /// <summary>One scan groups by every dimension at once; the few thousand groups are summed in memory.</summary>
    private static Task<List<CaseGroup>> Groups(NassijDb db, DateTimeOffset from, DateTimeOffset to, CancellationToken cancel) =>
        db.Cases.AsNoTracking().Where(c => c.CreatedAt >= from && c.CreatedAt < to && c.MergedIntoId == null)
            .GroupBy(c => new { c.Topic, c.RegionCode, c.Channel, c.Priority, c.FirstResponseMet, c.ResolutionMet, c.Rating })
            .Select(g => new CaseGroup(g.Key.Topic, g.Key.RegionCode, g.Key.Channel, g.Key.Priority, g.Key.FirstResponseMet, g.Key.ResolutionMet, g.Key.Rating, g.Count()))
            .ToListAsync(cancel);

    private static List<Share> Shares(IEnumerable<(string Key, int Cases)> rows) =>
        [.. rows.GroupBy(r => r.Key).Select(g => new Share(g.Key, g.Sum(r => r.Cases))).OrderByDescending(s => s.Cases)];

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

    /// <summary>Cases opened and resolved each week (Monday to Sunday, Morocco time), one pair of indexed counts per week.</summary>
    private static async Task<List<WeekFigure>> LoadWeeks(NassijDb db, DateTimeOffset from, DateTimeOffset to, CancellationToken cancel)
    {
        var weeks = new List<WeekFigure>();
        foreach (var monday in Mondays(from, to))
        {
            var start = Platform.Localization.Formats.FromMorocco(monday.ToDateTime(TimeOnly.MinValue));
            var end = start.AddDays(7);
            var opened = await db.Cases.CountAsync(c => c.CreatedAt >= start && c.CreatedAt < end, cancel);
            var resolved = await db.Cases.CountAsync(c => c.ResolvedAt >= start && c.ResolvedAt < end, cancel);
            weeks.Add(new WeekFigure(monday, opened, resolved));
        }

        return weeks;
    }

    /// <summary>The Mondays of the weeks the period touches, in Morocco (60 at most).</summary>
    private static IEnumerable<DateOnly> Mondays(DateTimeOffset from, DateTimeOffset to)
    {
        var first = Day(from);
        var monday = first.AddDays(-(((int)first.DayOfWeek + 6) % 7));
        for (var i = 0; i < 60 && Platform.Localization.Formats.FromMorocco(monday.ToDateTime(TimeOnly.MinValue)) < to; i++, monday = monday.AddDays(7))
        {
            yield return monday;
        }
    }
}
