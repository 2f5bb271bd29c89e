using Microsoft.Extensions.Options;

namespace Nassij.Web.Features.Support.Cases;

/// <summary>The one place a case changes status, so its service-target clock is always right:
/// it runs in working time, stops while the centre waits for the requester or the case is
/// resolved, and starts again when the requester writes back.</summary>
public sealed class CaseClock(IOptions<ServiceTargets> options)
{
    private readonly WorkingCalendar calendar = new(options.Value);

    public ServiceTargets Targets => options.Value;

    public void Start(Case c, DateTimeOffset now)
    {
        c.CreatedAt = now;
        c.LastActivityAt = now;
        SetDeadlines(c);
    }

    public void ChangePriority(Case c, CasePriority priority)
    {
        c.Priority = priority;
        SetDeadlines(c);
    }

    /// <summary>An adviser answered the requester: the first answer settles the first-response target.</summary>
    public void Answered(Case c, DateTimeOffset now)
    {
        c.LastActivityAt = now;
        if (c.FirstRespondedAt is null)
        {
            c.FirstRespondedAt = now;
            c.FirstResponseMet = now <= c.FirstResponseDueAt;
        }

        if (c.Status == CaseStatus.New)
        {
            c.Status = CaseStatus.Open;
        }

        c.NextDueAt = NextDue(c);
    }

    /// <summary>The requester wrote: a case waiting for them, resolved or closed opens again.</summary>
    public void RequesterWrote(Case c, DateTimeOffset now)
    {
        c.LastActivityAt = now;
        if (c.Status is CaseStatus.WaitingForRequester or CaseStatus.Resolved or CaseStatus.Closed)
        {
            MoveTo(c, CaseStatus.Open, now);
        }
    }

    public void MoveTo(Case c, CaseStatus status, DateTimeOffset now)
    {
        if (c.Status == status)
        {
            return;
        }

        c.LastActivityAt = now;
        if (status is CaseStatus.New or CaseStatus.Open)
        {
            Resume(c, now);
            c.ResolvedAt = null;
            c.ResolutionMet = null;
            c.ClosedAt = null;
        }
        else if (status == CaseStatus.WaitingForRequester)
        {
            Resume(c, now);
            c.PausedAt = now;
        }
        else if (status == CaseStatus.Resolved)
        {
            Resume(c, now);
            c.ResolvedAt = now;
            c.ResolutionMet = now <= c.ResolutionDueAt;
            c.PausedAt = now;
        }
        else
        {
            c.ClosedAt = now;
            c.PausedAt ??= now;
        }

        c.Status = status;
        c.NextDueAt = NextDue(c);
    }

    /// <summary>Due within the warning window (or already late), and not paused.</summary>
    public bool IsAtRisk(Case c, DateTimeOffset now) =>
        c.NextDueAt is { } due && due <= now.AddMinutes(Targets.WarnMinutesBefore);

    private void Resume(Case c, DateTimeOffset now)
    {
        if (c.PausedAt is { } since)
        {
            c.PausedWorkingMinutes += (int)Math.Round(calendar.WorkingMinutesBetween(since, now));
            c.PausedAt = null;
            SetDeadlines(c);
        }
    }

    private void SetDeadlines(Case c)
    {
        var target = Targets.For(c.Priority);
        c.FirstResponseDueAt = calendar.AddWorkingMinutes(c.CreatedAt, (target.FirstResponseHours * 60) + c.PausedWorkingMinutes);
        c.ResolutionDueAt = calendar.AddWorkingMinutes(c.CreatedAt, (target.ResolutionHours * 60) + c.PausedWorkingMinutes);
        c.NextDueAt = NextDue(c);
    }

    private static DateTimeOffset? NextDue(Case c) =>
        c.IsDone || c.PausedAt is not null ? null
        : c.FirstRespondedAt is null ? c.FirstResponseDueAt
        : c.ResolutionDueAt;
}
