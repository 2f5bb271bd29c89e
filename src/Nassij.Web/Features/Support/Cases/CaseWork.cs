using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Files;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Support.Cases;

public sealed record Adviser(Guid Id, string Name);

/// <summary>What advisers do to a case, for the desk page and the API alike. Each method changes the
/// tracked case and records it; the caller saves.</summary>
public sealed class CaseWork(NassijDb db, CaseClock clock, CaseNotices notices, Audit audit, TimeProvider time, IStringLocalizer<SupportText> text)
{
    /// <summary>A public answer (e-mailed to the requester) or an internal note (never leaves the desk).</summary>
    public async Task<CaseMessage> Write(Case c, Adviser author, string body, bool internalNote, CaseStatus? after, IReadOnlyList<StoredFile> files, CancellationToken cancel)
    {
        var now = time.GetUtcNow();
        var message = new CaseMessage
        {
            CaseId = c.Id,
            Kind = internalNote ? MessageKind.InternalNote : MessageKind.Reply,
            AuthorId = author.Id,
            AuthorName = author.Name,
            Body = body.Trim(),
            Channel = CaseChannel.Web,
            CreatedAt = now,
        };
        db.CaseMessages.Add(message);
        if (internalNote)
        {
            c.LastActivityAt = now;
        }
        else
        {
            clock.Answered(c, now);
            clock.MoveTo(c, after ?? CaseStatus.WaitingForRequester, now);
            notices.Replied(c, message);
        }

        c.AssigneeId ??= author.Id;
        await db.SaveChangesAsync(cancel);
        foreach (var file in files)
        {
            db.CaseAttachments.Add(new CaseAttachment { CaseId = c.Id, MessageId = message.Id, FileId = file.Id });
        }

        audit.Record(internalNote ? "case.noted" : "case.answered", nameof(Case), c.Reference, after: new { c.Status });
        return message;
    }

    /// <summary>The requester wrote (web, e-mail or API): the message joins the case, which opens again if it was
    /// waiting, resolved or closed, and its adviser is told.</summary>
    public async Task<CaseMessage> RequesterWrites(Case c, Guid? authorId, string body, CaseChannel channel, IReadOnlyList<StoredFile> files, string? emailMessageId, CancellationToken cancel)
    {
        var now = time.GetUtcNow();
        var message = new CaseMessage { CaseId = c.Id, Kind = MessageKind.FromRequester, AuthorId = authorId, AuthorName = c.RequesterName, Body = body.Trim(), Channel = channel, CreatedAt = now, EmailMessageId = emailMessageId };
        db.CaseMessages.Add(message);
        var wasDone = c.IsDone;
        clock.RequesterWrote(c, now);
        await db.SaveChangesAsync(cancel);
        foreach (var file in files)
        {
            db.CaseAttachments.Add(new CaseAttachment { CaseId = c.Id, MessageId = message.Id, FileId = file.Id });
        }

        audit.Record(wasDone ? "case.reopened" : "case.requester-wrote", nameof(Case), c.Reference, after: new { channel });
        await notices.Assigned(c, cancel, text["The requester wrote again."]);
        return message;
    }

    public void Change(Case c, CaseStatus status, CasePriority priority, int? queueId)
    {
        var before = new { c.Status, c.Priority, c.QueueId };
        if (priority != c.Priority)
        {
            clock.ChangePriority(c, priority);
        }

        clock.MoveTo(c, status, time.GetUtcNow());
        c.QueueId = queueId;
        audit.Record("case.changed", nameof(Case), c.Reference, before, new { c.Status, c.Priority, c.QueueId });
    }

    public async Task Assign(Case c, Guid? adviserId, CancellationToken cancel)
    {
        if (c.AssigneeId == adviserId)
        {
            return;
        }

        var before = c.AssigneeId;
        c.AssigneeId = adviserId;
        c.LastActivityAt = time.GetUtcNow();
        audit.Record("case.assigned", nameof(Case), c.Reference, new { AssigneeId = before }, new { c.AssigneeId });
        await notices.Assigned(c, cancel);
    }

    /// <summary>Hands the case to a specialist with the reason; the whole history stays on the case.</summary>
    public async Task Escalate(Case c, Adviser by, Adviser specialist, string reason, CancellationToken cancel)
    {
        var now = time.GetUtcNow();
        db.CaseMessages.Add(new CaseMessage
        {
            CaseId = c.Id,
            Kind = MessageKind.InternalNote,
            AuthorId = by.Id,
            AuthorName = by.Name,
            Body = string.Format(System.Globalization.CultureInfo.CurrentCulture, text["Escalated to {0}: {1}"], specialist.Name, reason.Trim()),
            Channel = CaseChannel.Web,
            CreatedAt = now,
        });
        c.EscalatedAt = now;
        c.AssigneeId = specialist.Id;
        c.LastActivityAt = now;
        audit.Record("case.escalated", nameof(Case), c.Reference, after: new { c.AssigneeId });
        await notices.Assigned(c, cancel, reason.Trim());
    }

    /// <summary>Joins a duplicate into the case that stays: its messages and files move over, it closes.</summary>
    public async Task Merge(Case duplicate, Case kept, Adviser by, CancellationToken cancel)
    {
        var now = time.GetUtcNow();
        await db.CaseMessages.Where(m => m.CaseId == duplicate.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.CaseId, kept.Id), cancel);
        await db.CaseAttachments.Where(a => a.CaseId == duplicate.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.CaseId, kept.Id), cancel);
        db.CaseMessages.Add(new CaseMessage
        {
            CaseId = kept.Id,
            Kind = MessageKind.InternalNote,
            AuthorId = by.Id,
            AuthorName = by.Name,
            Body = string.Format(System.Globalization.CultureInfo.CurrentCulture, text["Case {0} was merged into this one."], duplicate.Reference),
            Channel = CaseChannel.Web,
            CreatedAt = now,
        });
        duplicate.MergedIntoId = kept.Id;
        clock.MoveTo(duplicate, CaseStatus.Closed, now);
        clock.RequesterWrote(kept, now);
        audit.Record("case.merged", nameof(Case), duplicate.Reference, after: new { Into = kept.Reference });
    }

    /// <summary>People who can take cases: advisers and supervisors.</summary>
    public async Task<List<Adviser>> Advisers(CancellationToken cancel)
    {
        var people = await db.RoleGrants.AsNoTracking()
            .Where(g => g.AssociationId == null && (g.Role == Role.SupportAdviser || g.Role == Role.SupportSupervisor))
            .Select(g => new { g.PersonId, g.Person!.DisplayName })
            .Distinct()
            .ToListAsync(cancel);
        return [.. people.Select(p => new Adviser(p.PersonId, p.DisplayName)).OrderBy(a => a.Name, StringComparer.CurrentCulture)];
    }
}
