using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Quartz;

namespace Nassij.Web.Features.Workspace.Members.Import;

/// <summary>Puts an import on the job scheduler's queue.</summary>
public sealed class ImportScheduling(ISchedulerFactory schedulers, TimeProvider clock)
{
    public async Task Enqueue(Guid importId, CancellationToken cancel)
    {
        var scheduler = await schedulers.GetScheduler(cancel);
        // "Now" on the scheduler's clock (the injected one), or a moved clock would see the job as due in the past or future.
        var trigger = TriggerBuilder.Create(clock)
            .ForJob(MemberImportJob.Key)
            .UsingJobData(MemberImportJob.ImportId, importId.ToString())
            .StartNow()
            .Build();
        await scheduler.ScheduleJob(trigger, default, cancel);
    }
}

/// <summary>The scheduler's queue lives in memory: at start-up, imports that were queued or running are queued again.</summary>
public sealed class ImportRecovery(IServiceScopeFactory scopes, ILogger<ImportRecovery> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NassijDb>();
        var scheduling = scope.ServiceProvider.GetRequiredService<ImportScheduling>();
        try
        {
            var interrupted = await db.MemberImports.Where(i => i.Status == ImportStatus.Queued || i.Status == ImportStatus.Running)
                .Select(i => i.Id).ToListAsync(cancellationToken);
            foreach (var id in interrupted)
            {
                await scheduling.Enqueue(id, cancellationToken);
            }
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            // A database not yet created (first start before migration) has nothing to resume.
            log.LogInformation(e, "No interrupted import to resume");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
