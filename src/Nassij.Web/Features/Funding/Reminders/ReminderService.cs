namespace Nassij.Web.Features.Funding.Reminders;

public sealed class ReminderOptions
{
    public bool Enabled { get; set; } = true;
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>Runs the reminder sweep on a schedule. What was sent is in the database, so a restart neither loses nor repeats a reminder.</summary>
public sealed class ReminderService(IServiceScopeFactory scopes, TimeProvider clock, Microsoft.Extensions.Options.IOptions<ReminderOptions> options, ILogger<ReminderService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sent = await scope.ServiceProvider.GetRequiredService<ReminderSweep>().Run(clock.GetUtcNow(), stoppingToken);
                if (sent > 0)
                {
                    log.LogInformation("Queued {Count} reminders", sent);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The reminder sweep failed; it will run again at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
