using Microsoft.Extensions.Options;
using Nassij.Web.Features.Support.Cases;
using Nassij.Web.Platform.Localization;

namespace Nassij.Tests.Support;

/// <summary>Service targets count working time in Morocco: 08:30-16:30, Monday to Friday, holidays off.</summary>
public sealed class CaseClockTests
{
    private static readonly ServiceTargets Targets = new()
    {
        Holidays = [new DateOnly(2026, 11, 18), new DateOnly(2026, 1, 1)],
    };

    private static readonly WorkingCalendar Calendar = new(Targets);

    private static DateTimeOffset Morocco(int month, int day, int hour, int minute = 0) =>
        Formats.FromMorocco(new DateTime(2026, month, day, hour, minute, 0, DateTimeKind.Unspecified));

    private static CaseClock Clock() => new(Options.Create(Targets));

    private static Case NewCase(CasePriority priority, DateTimeOffset at)
    {
        var c = new Case { RegionCode = "01", Subject = "s", RequesterName = "r" };
        var clock = Clock();
        clock.Start(c, at);
        clock.ChangePriority(c, priority);
        return c;
    }

    [Fact]
    public void Friday_afternoon_plus_two_hours_lands_on_monday_morning()
    {
        // Friday 20 November 2026, 15:30: one hour left that day, one more on Monday from 08:30.
        var due = Calendar.AddWorkingMinutes(Morocco(11, 20, 15, 30), 120);
        Assert.Equal(Morocco(11, 23, 9, 30), due);
    }

    [Fact]
    public void A_public_holiday_is_skipped()
    {
        // Tuesday 17 November 16:00 + 1 hour: 30 minutes on Tuesday, Wednesday 18 is Independence Day.
        var due = Calendar.AddWorkingMinutes(Morocco(11, 17, 16, 0), 60);
        Assert.Equal(Morocco(11, 19, 9, 0), due);
    }

    [Fact]
    public void A_question_asked_at_night_starts_counting_at_opening_time()
    {
        Assert.Equal(Morocco(11, 24, 10, 30), Calendar.AddWorkingMinutes(Morocco(11, 23, 22, 0), 120));
    }

    [Fact]
    public void Working_minutes_between_two_instants_leave_out_nights_weekends_and_holidays()
    {
        // Thursday 16:00 to Monday 09:00: 30 min Thursday, 8 h Friday, 30 min Monday.
        Assert.Equal(540, Calendar.WorkingMinutesBetween(Morocco(11, 19, 16, 0), Morocco(11, 23, 9, 0)));
        Assert.Equal(0, Calendar.WorkingMinutesBetween(Morocco(11, 21, 10, 0), Morocco(11, 22, 18, 0)));
        Assert.Equal(0, Calendar.WorkingMinutesBetween(Morocco(11, 23, 10, 0), Morocco(11, 23, 9, 0)));
    }

    [Fact]
    public void Targets_depend_on_the_priority()
    {
        var urgent = NewCase(CasePriority.Urgent, Morocco(11, 23, 9, 0));
        Assert.Equal(Morocco(11, 23, 11, 0), urgent.FirstResponseDueAt);
        Assert.Equal(Morocco(11, 24, 9, 0), urgent.ResolutionDueAt);
        Assert.Equal(urgent.FirstResponseDueAt, urgent.NextDueAt);
    }

    [Fact]
    public void The_clock_stops_while_waiting_for_the_requester_and_the_deadline_moves_by_the_time_waited()
    {
        var clock = Clock();
        var c = NewCase(CasePriority.Urgent, Morocco(11, 23, 9, 0));
        clock.Answered(c, Morocco(11, 23, 10, 0));
        Assert.True(c.FirstResponseMet);
        Assert.Equal(c.ResolutionDueAt, c.NextDueAt);

        clock.MoveTo(c, CaseStatus.WaitingForRequester, Morocco(11, 23, 10, 0));
        Assert.Null(c.NextDueAt);
        clock.RequesterWrote(c, Morocco(11, 23, 13, 0));

        Assert.Equal(CaseStatus.Open, c.Status);
        Assert.Equal(180, c.PausedWorkingMinutes);
        Assert.Equal(Morocco(11, 24, 12, 0), c.ResolutionDueAt);
        Assert.Equal(c.ResolutionDueAt, c.NextDueAt);
    }

    [Fact]
    public void A_late_first_answer_is_recorded_as_missed_and_resolution_on_time_as_met()
    {
        var clock = Clock();
        var c = NewCase(CasePriority.High, Morocco(11, 23, 9, 0));
        clock.Answered(c, Morocco(11, 23, 14, 0));
        clock.MoveTo(c, CaseStatus.Resolved, Morocco(11, 24, 9, 0));
        Assert.False(c.FirstResponseMet);
        Assert.True(c.ResolutionMet);
        Assert.Null(c.NextDueAt);
    }

    [Fact]
    public void A_resolved_case_reopens_when_the_requester_writes_and_its_clock_resumes()
    {
        var clock = Clock();
        var c = NewCase(CasePriority.Normal, Morocco(11, 23, 9, 0));
        clock.Answered(c, Morocco(11, 23, 9, 30));
        clock.MoveTo(c, CaseStatus.Resolved, Morocco(11, 23, 10, 0));
        clock.RequesterWrote(c, Morocco(11, 24, 10, 0));
        Assert.Equal(CaseStatus.Open, c.Status);
        Assert.Null(c.ResolvedAt);
        Assert.Null(c.ResolutionMet);
        Assert.Equal(480, c.PausedWorkingMinutes);
        Assert.NotNull(c.NextDueAt);
    }

    [Fact]
    public void A_case_is_at_risk_within_the_warning_window()
    {
        var c = NewCase(CasePriority.Urgent, Morocco(11, 23, 9, 0));
        Assert.False(Clock().IsAtRisk(c, Morocco(11, 23, 8, 30)));
        Assert.True(Clock().IsAtRisk(c, Morocco(11, 23, 9, 5)));
    }
}
