using Microsoft.Extensions.Time.Testing;
using Nassij.Web.Platform.Localization;

namespace Nassij.Tests.Infrastructure;

/// <summary>The platform on a FakeTimeProvider, for the edges of rules that depend on time: a test class moves the
/// clock forward (never back) to the instant before, at and after an edge. SQLite: the rules are the same code on
/// both databases.</summary>
public sealed class ClockedApp : IDisposable
{
    public ClockedApp()
    {
        App = new NassijFactory(Databases.Sqlite, clock: Clock);
        _ = App.Server;
    }

    public FakeTimeProvider Clock { get; } = new(TestClock.Now);

    public NassijFactory App { get; }

    public DateOnly Today => Formats.TodayInMorocco(Clock);

    /// <summary>Moves the clock to a wall-clock time in Morocco.</summary>
    public void MoveTo(DateOnly day, TimeOnly time) => Clock.SetUtcNow(Formats.FromMorocco(day.ToDateTime(time)));

    public void Dispose() => App.Dispose();
}
