using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;
using Quartz;

namespace Nassij.Web.Features.Workspace.Members.Import;

/// <summary>Writes an import's ready rows in batches, each batch all-or-nothing, and counts progress as it goes.
/// One import runs at a time; a restart runs an interrupted import again, and the rows already written are
/// then recognised and skipped.</summary>
[DisallowConcurrentExecution]
public sealed class MemberImportJob(NassijDb db, MemberImports imports, Dues.DuesLedger dues, Audit audit, TimeProvider clock, ILogger<MemberImportJob> log) : IJob
{
    public static readonly JobKey Key = new("member-import");
    public const string ImportId = "import";
    private const int BatchSize = 2500;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var id = Guid.Parse(context.MergedJobDataMap.GetString(ImportId)!);
        var cancel = cancellationToken;
        var import = await db.MemberImports.SingleOrDefaultAsync(i => i.Id == id, cancel);
        if (import is null || !import.InProgress)
        {
            return;
        }

        try
        {
            await Run(import, cancel);
        }
        catch (Exception e) when (e is DbUpdateException or IOException or InvalidOperationException)
        {
            log.LogError(e, "Member import {Import} failed", id);
            db.ChangeTracker.Clear();
            await db.MemberImports.Where(i => i.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(i => i.Status, ImportStatus.Failed)
                .SetProperty(i => i.Failure, "The import stopped on an error; the rows written before it are kept. Run the import again to add the rest.")
                .SetProperty(i => i.FinishedAt, clock.GetUtcNow()), CancellationToken.None);
        }
    }

    private async Task Run(MemberImport import, CancellationToken cancel)
    {
        import.Status = ImportStatus.Running;
        import.StartedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancel);

        var sheet = await imports.Sheet(import, cancel) ?? throw new InvalidOperationException("The file can no longer be read.");
        var check = await imports.Check(import, sheet, cancel);
        var ready = check.Ready.Select(r => r.Row.Form).ToList();
        import.TotalRows = ready.Count;
        import.Processed = 0;
        import.AlreadyMembers = check.Count(RowOutcome.AlreadyMember);
        import.Rejected = check.Count(RowOutcome.Rejected);
        await db.SaveChangesAsync(cancel);

        var today = Formats.TodayInMorocco(clock);
        foreach (var batch in ready.Chunk(BatchSize))
        {
            await WriteBatch(import, batch, today, cancel);
        }

        if (db.IsPostgres)
        {
            // Searches plan on the tables' statistics: a large import would leave them describing the table before it.
            await db.Database.ExecuteSqlRawAsync("ANALYZE \"Members\", \"MemberWords\"", cancel);
        }

        await dues.BringInLine(import.AssociationId, today.Year, null, cancel);
        import.Status = ImportStatus.Done;
        import.Added = import.Processed;
        import.FinishedAt = clock.GetUtcNow();
        audit.Record("members.imported", nameof(MemberImport), import.Id, after: new { import.AssociationId, import.FileName, import.Added, import.AlreadyMembers, import.Rejected }, actor: Starter(import));
        await db.SaveChangesAsync(cancel);
    }

    private async Task WriteBatch(MemberImport import, MemberForm[] batch, DateOnly today, CancellationToken cancel)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancel);
        var members = batch.Select(form =>
        {
            var member = new Member { AssociationId = import.AssociationId, ConsentPurpose = string.Empty, CreatedAt = now };
            MemberRules.Apply(form, member, today);
            return member;
        }).ToList();
        if (db.IsPostgres)
        {
            await MemberCopy.Write(db, members, cancel);
        }
        else
        {
            db.Members.AddRange(members);
        }

        import.Processed += batch.Length;
        await db.SaveChangesAsync(cancel);
        await transaction.CommitAsync(cancel);
        // Written members are not needed again: keep the tracker to the import alone.
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is Member or MemberWord).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    private static ClaimsPrincipal? Starter(MemberImport import) => import.StartedById is { } id
        ? new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id.ToString()), new Claim(ClaimTypes.Name, import.StartedByName ?? string.Empty)], "import"))
        : null;
}
