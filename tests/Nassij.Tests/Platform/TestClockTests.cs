using Microsoft.Extensions.DependencyInjection;
using Nassij.Tests.Infrastructure;

namespace Nassij.Tests.Platform;

/// <summary>NASSIJ_CLOCK_OFFSET moves the platform's clock under test (see docs/development.md).</summary>
public sealed class TestClockTests
{
    [Theory]
    [InlineData(null, 0)]
    [InlineData("", 0)]
    [InlineData("365", 365 * 24)]
    [InlineData("-30", -30 * 24)]
    [InlineData("365.06:00:00", (365 * 24) + 6)]
    public void The_offset_is_read_in_days_or_as_a_time_span(string? setting, int hours) =>
        Assert.Equal(TimeSpan.FromHours(hours), TestClock.ParseOffset(setting));

    [Fact]
    public void The_platform_under_test_runs_on_the_test_clock()
    {
        var platform = Databases.App(Databases.Sqlite).Services.GetRequiredService<TimeProvider>();
        Assert.Same(TestClock.Platform, platform);
    }
}
