using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Files;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Support.Cases;

/// <summary>What is known about a new case, whichever channel it came through.</summary>
public sealed record CaseRequest(
    CaseChannel Channel,
    CaseTopic Topic,
    string RegionCode,
    string Subject,
    string Body,
    string RequesterName,
    string? Email,
    string? Phone,
    string Language)
{
    public Guid? RequesterId { get; init; }
    public int? AssociationId { get; init; }
    public CasePriority Priority { get; init; } = CasePriority.Normal;
    public Guid? AssigneeId { get; init; }
    public string? EmailMessageId { get; init; }
    public IReadOnlyList<StoredFile> Files { get; init; } = [];
}

/// <summary>Opens cases: one place for the reference, the secret link, routing, the clock and the receipt e-mail.</summary>
public sealed class CaseIntake(NassijDb db, CaseClock clock, TimeProvider time, Audit audit, CaseNotices notices, CaseKeys keys)
{
    public async Task<(Case Case, string Key)> Open(CaseRequest request, CancellationToken cancel = default)
    {
        keys.Prepare();
        var c = new Case
        {
            Reference = CaseKeys.Placeholder(),
            Channel = request.Channel,
            Topic = request.Topic,
            RegionCode = request.RegionCode,
            Subject = request.Subject.Trim(),
            RequesterName = request.RequesterName.Trim(),
            RequesterEmail = Clean(request.Email)?.ToLowerInvariant(),
            RequesterPhone = Clean(request.Phone),
            RequesterId = request.RequesterId,
            AssociationId = request.AssociationId,
            Language = request.Language,
            AssigneeId = request.AssigneeId,
        };
        clock.Start(c, time.GetUtcNow());
        clock.ChangePriority(c, request.Priority);
        await Route(c, cancel);

        await using var transaction = await db.Database.BeginTransactionAsync(cancel);
        db.Cases.Add(c);
        await db.SaveChangesAsync(cancel);
        c.Reference = CaseKeys.Reference(c);
        var key = keys.Key(c);
        var associationName = c.AssociationId is { } id
            ? await db.Associations.Where(a => a.Id == id).Select(a => a.NameAr + " " + a.NameFr).SingleOrDefaultAsync(cancel)
            : null;
        c.SearchKey = CaseKeys.SearchKey(c, associationName);
        var message = new CaseMessage
        {
            CaseId = c.Id,
            Kind = MessageKind.FromRequester,
            AuthorId = request.RequesterId,
            AuthorName = c.RequesterName,
            Body = request.Body.Trim(),
            Channel = request.Channel,
            CreatedAt = c.CreatedAt,
            EmailMessageId = request.EmailMessageId,
        };
        db.CaseMessages.Add(message);
        await db.SaveChangesAsync(cancel);
        foreach (var file in request.Files)
        {
            db.CaseAttachments.Add(new CaseAttachment { CaseId = c.Id, MessageId = message.Id, FileId = file.Id });
        }

        audit.Record("case.opened", nameof(Case), c.Reference, after: new { c.Channel, c.Topic, c.RegionCode, c.QueueId, c.AssigneeId });
        notices.Received(c);
        await notices.Assigned(c, cancel);
        await db.SaveChangesAsync(cancel);
        await transaction.CommitAsync(cancel);
        return (c, key);
    }

    private async Task Route(Case c, CancellationToken cancel)
    {
        var queues = await db.CaseQueues.Include(q => q.Advisers)
            .Where(q => (q.Topic == null || q.Topic == c.Topic) && (q.RegionCode == null || q.RegionCode == c.RegionCode))
            .ToListAsync(cancel);
        var queue = Routing.Best(queues, c.Topic, c.RegionCode);
        c.QueueId = queue?.Id;
        if (queue is { AutoAssign: true } && c.AssigneeId is null && Routing.NextAdviser(queue) is { } adviser)
        {
            c.AssigneeId = adviser;
            queue.LastAssignedId = adviser;
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
