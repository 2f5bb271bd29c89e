using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Governance;

public sealed record MeetingItem(int Id, BodyKind Body, MeetingKind Kind, bool SecondCall, DateTimeOffset StartsAt, string Place, MeetingStatus Status,
    DateTimeOffset? ConvokedAt, int Convoked, int? Entitled, int? Present, int? Represented, DateTimeOffset? HeldAt);

public sealed record ResolutionItem(int Number, string Text, int For, int Against, int Abstain, bool Passed);

public sealed record MeetingDetail(MeetingItem Meeting, IReadOnlyList<string> Agenda, IReadOnlyList<ResolutionItem> Resolutions);

public sealed record MeetingPage(IReadOnlyList<MeetingItem> Items, int? NextBefore);

/// <summary>The association's meetings as JSON, for officers; anyone else gets 404.</summary>
public static class MeetingsApi
{
    private const int PageSize = 50;

    public static void MapMeetingsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/workspace/{id:int}/meetings").WithTags("Workspace").RequireAuthorization();
        api.MapGet("/", List).WithName("ListMeetings")
            .WithSummary("The association's general assemblies and board meetings, latest first")
            .WithDescription("Officers only. `before` is the response's `nextBefore` (a meeting id) for the next page.");
        api.MapGet("/{meetingId:int}", One).WithName("GetMeeting").WithSummary("One meeting with its agenda, attendance and resolutions");
    }

    private static async Task<Results<Ok<MeetingPage>, NotFound>> List(int id, int? before, ClaimsPrincipal user, NassijDb db, AssociationAccess access, CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, user, id, cancel) is not { IsOfficer: true })
        {
            return TypedResults.NotFound();
        }

        var rows = await db.Meetings.AsNoTracking().Where(m => m.AssociationId == id && m.Id < (before ?? int.MaxValue))
            .OrderByDescending(m => m.Id).Take(PageSize + 1).ToListAsync(cancel);
        var page = rows.Take(PageSize).ToList();
        return TypedResults.Ok(new MeetingPage([.. page.Select(Item)], rows.Count > PageSize ? page[^1].Id : null));
    }

    private static async Task<Results<Ok<MeetingDetail>, NotFound>> One(int id, int meetingId, ClaimsPrincipal user, NassijDb db, AssociationAccess access, CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, user, id, cancel) is not { IsOfficer: true })
        {
            return TypedResults.NotFound();
        }

        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Resolutions).SingleOrDefaultAsync(m => m.Id == meetingId && m.AssociationId == id, cancel);
        return meeting is null ? TypedResults.NotFound() : TypedResults.Ok(new MeetingDetail(Item(meeting), [.. meeting.AgendaItems],
            [.. meeting.Resolutions.OrderBy(r => r.Number).Select(r => new ResolutionItem(r.Number, r.Text, r.For, r.Against, r.Abstain, r.Passed))]));
    }

    private static MeetingItem Item(Meeting m) => new(m.Id, m.Body, m.Kind, m.SecondCall, m.StartsAt, m.Place, m.Status, m.ConvokedAt, m.Convoked, m.Entitled, m.Present, m.Represented, m.HeldAt);
}
