namespace Nassij.Web.Features.Support.Cases;

/// <summary>The centre's promises, in working hours, and the working time they are counted in.
/// Kept in configuration ("Support" section): holidays of the Hijri calendar move every year.</summary>
public sealed class ServiceTargets
{
    public DayOfWeek[] WorkingDays { get; set; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>Moroccan public administration hours (continuous day, 08:30-16:30).</summary>
    public TimeOnly OpensAt { get; set; } = new(8, 30);
    public TimeOnly ClosesAt { get; set; } = new(16, 30);

    /// <summary>Public holidays, as dates in Morocco. Missing years simply count as working days.</summary>
    public DateOnly[] Holidays { get; set; } = [];

    public Dictionary<CasePriority, Target> Targets { get; set; } = new()
    {
        [CasePriority.Urgent] = new() { FirstResponseHours = 2, ResolutionHours = 8 },
        [CasePriority.High] = new() { FirstResponseHours = 4, ResolutionHours = 16 },
        [CasePriority.Normal] = new() { FirstResponseHours = 8, ResolutionHours = 40 },
        [CasePriority.Low] = new() { FirstResponseHours = 16, ResolutionHours = 80 },
    };

    /// <summary>How long before a deadline a case is flagged and the supervisor alerted.</summary>
    public int WarnMinutesBefore { get; set; } = 120;

    /// <summary>A resolved case the requester does not answer closes by itself after this many days.</summary>
    public int CloseResolvedAfterDays { get; set; } = 7;

    public Target For(CasePriority priority) => Targets.TryGetValue(priority, out var target) ? target : new Target();

    public sealed class Target
    {
        public double FirstResponseHours { get; set; } = 8;
        public double ResolutionHours { get; set; } = 40;
    }
}
