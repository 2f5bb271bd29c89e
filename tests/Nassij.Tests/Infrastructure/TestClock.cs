using System.Globalization;
using Nassij.Web.Platform.Localization;

namespace Nassij.Tests.Infrastructure;

/// <summary>The clock the platform runs on under test: the system's, moved by NASSIJ_CLOCK_OFFSET (days, or a
/// TimeSpan such as 365.06:00:00). Only the test host reads the setting, so the suite can be run a year ahead
/// (`NASSIJ_CLOCK_OFFSET=365 ./test.sh`) to prove that no test types a date that expires. Tests read "now" and
/// "today" from here, never from the system.</summary>
public static class TestClock
{
    public static TimeSpan Offset { get; } = ParseOffset(Environment.GetEnvironmentVariable("NASSIJ_CLOCK_OFFSET"));

    public static TimeProvider Platform { get; } = Offset == TimeSpan.Zero ? TimeProvider.System : new MovedClock(Offset);

    public static DateTimeOffset Now => Platform.GetUtcNow();

    /// <summary>Today in Morocco on the platform's clock.</summary>
    public static DateOnly Today => Formats.TodayInMorocco(Platform);

    /// <summary>A day relative to today, as a date field takes it.</summary>
    public static string Day(int daysFromToday) => Today.AddDays(daysFromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static TimeSpan ParseOffset(string? value) => string.IsNullOrWhiteSpace(value)
        ? TimeSpan.Zero
        : int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var days)
            ? TimeSpan.FromDays(days)
            : TimeSpan.Parse(value, CultureInfo.InvariantCulture);

    private sealed class MovedClock(TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + offset;
    }
}
