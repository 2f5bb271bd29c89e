using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Funding.Reminders;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Support.Cases;

/// <summary>What the centre does by the clock: warns before a target is missed (once per deadline),
/// closes resolved cases the requester left unanswered, reminds both sides of tomorrow's appointments,
/// and refreshes the supervisor's daily figures.</summary>
public sealed class SupportSweep(NassijDb db, CaseClock clock, CaseNotices notices, Appointments.Bookings bookings, Audit audit)
{
    private const int Batch = 200;

    public async Task<int> Run(DateTimeOffset now, CancellationToken cancel = default)
    {
        var done = await WarnAtRisk(now, cancel) + await CloseUnanswered(now, cancel) + await bookings.Remind(now, cancel);
        await Supervision.CaseDays.Refresh(db, cancel);
        return done;
    }

    public async Task<int> WarnAtRisk(DateTimeOffset now, CancellationToken cancel = default)
    {
        var warnBefore = now.AddMinutes(clock.Targets.WarnMinutesBefore);
        var atRisk = await db.Cases
            .Where(c => c.NextDueAt != null && c.NextDueAt <= warnBefore && (c.WarnedForDueAt == null || c.WarnedForDueAt != c.NextDueAt))
            .OrderBy(c => c.NextDueAt).Take(Batch).ToListAsync(cancel);
        foreach (var c in atRisk)
        {
            await notices.AtRisk(c, cancel);
            c.WarnedForDueAt = c.NextDueAt;
        }

        await db.SaveChangesAsync(cancel);
        return atRisk.Count;
    }

    public async Task<int> CloseUnanswered(DateTimeOffset now, CancellationToken cancel = default)
    {
        var closeBefore = now.AddDays(-clock.Targets.CloseResolvedAfterDays);
        var stale = await db.Cases.Where(c => c.Status == CaseStatus.Resolved && c.ResolvedAt < closeBefore).OrderBy(c => c.Id).Take(Batch).ToListAsync(cancel);
        foreach (var c in stale)
        {
            clock.MoveTo(c, CaseStatus.Closed, now);
            audit.Record("case.closed-unanswered", nameof(Case), c.Reference, actorName: "support-sweep");
        }

        await db.SaveChangesAsync(cancel);
        return stale.Count;
    }
}

/// <summary>Runs the support sweep every few minutes (when background reminders are enabled).</summary>
public sealed class SupportSweepService(IServiceScopeFactory scopes, TimeProvider time, Microsoft.Extensions.Options.IOptions<ReminderOptions> options, ILogger<SupportSweepService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(5), time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SupportSweep>().Run(time.GetUtcNow(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The support sweep failed; it will run again in five minutes");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
