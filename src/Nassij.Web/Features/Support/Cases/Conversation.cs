using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Support.Cases;

public sealed record AttachedFile(long MessageId, Guid FileId, string FileName);

public sealed record ConversationEntry(long Id, MessageKind Kind, string AuthorName, string Body, CaseChannel Channel, DateTimeOffset At)
{
    public IReadOnlyList<AttachedFile> Files { get; init; } = [];
}

/// <summary>A case's messages in order, with their files, in two queries. The requester's view
/// is built without internal notes at the query, so no template can leak one.</summary>
public static class Conversation
{
    private const int Most = 500;

    public static async Task<IReadOnlyList<ConversationEntry>> Load(NassijDb db, int caseId, bool withInternalNotes, CancellationToken cancel)
    {
        var messages = db.CaseMessages.AsNoTracking().Where(m => m.CaseId == caseId);
        if (!withInternalNotes)
        {
            messages = messages.Where(m => m.Kind != MessageKind.InternalNote);
        }

        var entries = await messages.OrderBy(m => m.Id).Take(Most)
            .Select(m => new ConversationEntry(m.Id, m.Kind, m.AuthorName, m.Body, m.Channel, m.CreatedAt))
            .ToListAsync(cancel);
        var ids = entries.Select(e => e.Id).ToList();
        var files = await db.CaseAttachments.AsNoTracking()
            .Where(a => a.CaseId == caseId && ids.Contains(a.MessageId))
            .Join(db.StoredFiles, a => a.FileId, f => f.Id, (a, f) => new AttachedFile(a.MessageId, f.Id, f.FileName))
            .ToListAsync(cancel);
        var byMessage = files.ToLookup(f => f.MessageId);
        return [.. entries.Select(e => e with { Files = [.. byMessage[e.Id]] })];
    }
}

public sealed record ConversationView(IReadOnlyList<ConversationEntry> Entries, Func<Guid, string> FileLink);
