using Nassij.Web.Platform.Localization;

namespace Nassij.Web.Features.Support.Cases;

/// <summary>Counts time the way the centre works: opening hours on working days in Morocco, holidays excluded.</summary>
public sealed class WorkingCalendar(ServiceTargets targets)
{
    // Ten years of calendar days: no deadline or pause is longer, and a misconfiguration cannot loop forever.
    private const int MaxDays = 3660;

    public bool IsWorkingDay(DateOnly day) =>
        targets.WorkingDays.Contains(day.DayOfWeek) && !targets.Holidays.Contains(day);

    /// <summary>The instant that is the given number of working minutes after start.</summary>
    public DateTimeOffset AddWorkingMinutes(DateTimeOffset start, double minutes)
    {
        var local = Formats.LocalInMorocco(start);
        var remaining = TimeSpan.FromMinutes(minutes);
        for (var i = 0; i < MaxDays; i++)
        {
            var day = DateOnly.FromDateTime(local);
            if (IsWorkingDay(day))
            {
                var (opens, closes) = Window(day);
                var from = local < opens ? opens : local;
                if (from < closes)
                {
                    var available = closes - from;
                    if (remaining <= available)
                    {
                        return Formats.FromMorocco(from + remaining);
                    }

                    remaining -= available;
                }
            }

            local = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        }

        throw new InvalidOperationException("The working calendar has no working time: check Support:WorkingDays.");
    }

    /// <summary>Working minutes between two instants (0 if end is not after start).</summary>
    public double WorkingMinutesBetween(DateTimeOffset start, DateTimeOffset end)
    {
        if (end <= start)
        {
            return 0;
        }

        var from = Formats.LocalInMorocco(start);
        var to = Formats.LocalInMorocco(end);
        var total = TimeSpan.Zero;
        for (var day = DateOnly.FromDateTime(from); day <= DateOnly.FromDateTime(to) && total.TotalDays < MaxDays; day = day.AddDays(1))
        {
            if (!IsWorkingDay(day))
            {
                continue;
            }

            var (opens, closes) = Window(day);
            var a = from > opens ? from : opens;
            var b = to < closes ? to : closes;
            if (b > a)
            {
                total += b - a;
            }
        }

        return total.TotalMinutes;
    }

    private (DateTime Opens, DateTime Closes) Window(DateOnly day) =>
        (day.ToDateTime(targets.OpensAt), day.ToDateTime(targets.ClosesAt));
}
