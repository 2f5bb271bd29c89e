using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Support.Cases;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Support.Desk;

public sealed record ArticleChoice(int Id, string Title, string Slug);

public sealed record CannedChoice(int Id, string Title);

/// <summary>Everything the case page shows around a case, loaded in a few small queries.</summary>
public sealed class CaseDetails
{
    public required Case Case { get; init; }
    public string? AssociationName { get; init; }
    public string? QueueName { get; init; }
    public string? AssigneeName { get; init; }
    public IReadOnlyList<ConversationEntry> Entries { get; init; } = [];
    public IReadOnlyList<Adviser> Advisers { get; init; } = [];
    public IReadOnlyList<QueueChoice> Queues { get; init; } = [];
    public IReadOnlyList<CannedChoice> Canned { get; init; } = [];
    public IReadOnlyList<ArticleChoice> Articles { get; init; } = [];
    public int OtherCasesOfRequester { get; init; }

    public static async Task<CaseDetails> Load(NassijDb db, CaseWork work, Case c, string language, CancellationToken cancel)
    {
        var arabic = language == "ar";
        var queues = await db.CaseQueues.AsNoTracking().OrderBy(q => q.Id).Select(q => new QueueChoice(q.Id, arabic ? q.NameAr : q.NameFr)).ToListAsync(cancel);
        var advisers = await work.Advisers(cancel);
        return new CaseDetails
        {
            Case = c,
            AssociationName = c.AssociationId is { } a ? await db.Associations.Where(x => x.Id == a).Select(x => arabic ? x.NameAr : x.NameFr).FirstOrDefaultAsync(cancel) : null,
            QueueName = queues.FirstOrDefault(q => q.Id == c.QueueId)?.Name,
            AssigneeName = advisers.FirstOrDefault(x => x.Id == c.AssigneeId)?.Name,
            Entries = await Conversation.Load(db, c.Id, withInternalNotes: true, cancel),
            Advisers = advisers,
            Queues = queues,
            Canned = await db.CannedAnswers.AsNoTracking().Where(x => x.Language == c.Language && (x.Topic == null || x.Topic == c.Topic))
                .OrderBy(x => x.Title).Select(x => new CannedChoice(x.Id, x.Title)).Take(200).ToListAsync(cancel),
            Articles = await db.Articles.AsNoTracking().Where(x => x.Published)
                .OrderBy(x => x.Kind).ThenBy(x => x.Category).ThenBy(x => x.Id)
                .Select(x => new ArticleChoice(x.Id, c.Language == "ar" ? x.TitleAr : x.TitleFr, x.Slug)).Take(300).ToListAsync(cancel),
            OtherCasesOfRequester = await OthersOf(db, c, cancel),
        };
    }

    private static Task<int> OthersOf(NassijDb db, Case c, CancellationToken cancel) =>
        c.RequesterId is { } person ? db.Cases.CountAsync(x => x.RequesterId == person && x.Id != c.Id, cancel)
        : c.RequesterPhone is { } phone ? db.Cases.CountAsync(x => x.RequesterPhone == phone && x.Id != c.Id, cancel)
        : Task.FromResult(0);
}
