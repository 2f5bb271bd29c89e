using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Geography;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Support.Cases;

public sealed record CaseSummary(string Reference, string Subject, string Topic, string Status, string Priority, string Channel, DateTimeOffset CreatedAt, DateTimeOffset? NextDueAt);

public sealed record CasesPage(IReadOnlyList<CaseSummary> Items, int Page, int PageSize, bool HasNext);

public sealed record CaseEntry(string Kind, string Author, string Body, DateTimeOffset At);

public sealed record CaseDetail(string Reference, string Subject, string Topic, string Status, string Priority, string Channel, string RequesterName, DateTimeOffset CreatedAt, DateTimeOffset FirstResponseDueAt, DateTimeOffset ResolutionDueAt, int? Rating, IReadOnlyList<CaseEntry> Messages);

public sealed record NewCase(
    [property: Required] CaseTopic? Topic,
    [property: Required, StringLength(4)] string? RegionCode,
    [property: Required, StringLength(200)] string? Subject,
    [property: Required, StringLength(10_000)] string? Description,
    [property: Required, StringLength(200)] string? Name,
    [property: EmailAddress, StringLength(256)] string? Email,
    [property: Phone, StringLength(30)] string? Phone,
    int? AssociationId);

public sealed record OpenedCase(string Reference, string FollowUrl);

public sealed record NewMessage([property: Required, StringLength(10_000)] string? Body, bool InternalNote = false, CaseStatus? After = null);

/// <summary>/api/cases: the same cases and rules as the pages. A requester sees their own cases without internal
/// notes; advisers see the cases of their queues. JSON bodies only, so a form on another site cannot post here.</summary>
public static class CasesApi
{
    private const int PageSize = 50;

    public static void MapCasesApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/cases").WithTags("Support cases");
        api.MapGet("/", List).RequireAuthorization().WithName("ListCases").WithSummary("Advisers: the live cases of their queues (or all with status). Others: their own cases, newest first.");
        api.MapGet("/{reference}", Get).WithName("GetCase").WithSummary("A case and its conversation; the requester (signed in, or with the key of their link) never sees internal notes.");
        api.MapPost("/", Open).WithName("OpenCase").WithSummary("Asks the support centre a question; returns the reference and the link to follow it.");
        api.MapPost("/{reference}/messages", Write).WithName("WriteToCase").WithSummary("The requester adds a message; an adviser answers or adds an internal note.");
    }

    private static async Task<CasesPage> List(ClaimsPrincipal user, NassijDb db, CaseAccess access, CaseStatus? status, int? page, CancellationToken cancel)
    {
        var number = Math.Clamp(page ?? 1, 1, 10_000);
        var me = user.PersonId();
        var cases = CaseAccess.IsSupervisor(user) || user.Has(Role.SupportAdviser)
            ? access.Workable(user).Where(c => status == null ? CaseStatuses.Live.Contains(c.Status) : c.Status == status)
                .OrderBy(c => c.NextDueAt == null).ThenBy(c => c.NextDueAt).ThenBy(c => c.Id)
            : db.Cases.Where(c => c.RequesterId == me && (status == null || c.Status == status)).OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id);
        var rows = await cases.AsNoTracking().Skip((number - 1) * PageSize).Take(PageSize + 1)
            .Select(c => new CaseSummary(c.Reference, c.Subject, c.Topic.ToString(), c.Status.ToString(), c.Priority.ToString(), c.Channel.ToString(), c.CreatedAt, c.NextDueAt))
            .ToListAsync(cancel);
        return new CasesPage([.. rows.Take(PageSize)], number, PageSize, rows.Count > PageSize);
    }

    private static async Task<Results<Ok<CaseDetail>, NotFound>> Get(string reference, string? key, ClaimsPrincipal user, NassijDb db, CaseAccess access, CancellationToken cancel)
    {
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Reference == reference, cancel);
        if (c is null)
        {
            return TypedResults.NotFound();
        }

        var adviser = await access.CanWork(user, c.Id, cancel);
        if (!adviser && !access.IsRequester(user, c, key))
        {
            return TypedResults.NotFound();
        }

        var entries = await Conversation.Load(db, c.Id, withInternalNotes: adviser, cancel);
        return TypedResults.Ok(new CaseDetail(c.Reference, c.Subject, c.Topic.ToString(), c.Status.ToString(), c.Priority.ToString(), c.Channel.ToString(), c.RequesterName,
            c.CreatedAt, c.FirstResponseDueAt, c.ResolutionDueAt, c.Rating, [.. entries.Select(e => new CaseEntry(e.Kind.ToString(), e.AuthorName, e.Body, e.At))]));
    }

    private static async Task<Results<Created<OpenedCase>, ValidationProblem>> Open(NewCase input, ClaimsPrincipal user, NassijDb db, CaseIntake intake, CaseNotices notices, Geography places, CancellationToken cancel)
    {
        var errors = Validate(input);
        if (string.IsNullOrWhiteSpace(input.Email) && string.IsNullOrWhiteSpace(input.Phone))
        {
            errors["email"] = ["Give an e-mail address or a phone number so that we can answer you."];
        }

        if (input.RegionCode is not null && places.Region(input.RegionCode) is null)
        {
            errors["regionCode"] = ["Unknown region code."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var me = user.PersonId();
        var association = input.AssociationId is { } id && me is not null
            && await db.RoleGrants.AnyAsync(g => g.PersonId == me && g.AssociationId == id && Roles.Officers.Contains(g.Role), cancel) ? id : (int?)null;
        var (c, _) = await intake.Open(new CaseRequest(CaseChannel.Web, input.Topic!.Value, input.RegionCode!, input.Subject!, input.Description!, input.Name!, input.Email, input.Phone, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)
        {
            RequesterId = me,
            AssociationId = association,
        }, cancel);
        return TypedResults.Created($"/api/cases/{c.Reference}", new OpenedCase(c.Reference, notices.FollowLink(c)));
    }

    private static async Task<Results<Ok<CaseEntry>, NotFound, ValidationProblem>> Write(string reference, string? key, NewMessage input, ClaimsPrincipal user, NassijDb db, CaseAccess access, CaseWork work, CancellationToken cancel)
    {
        var c = await db.Cases.FirstOrDefaultAsync(x => x.Reference == reference && x.MergedIntoId == null, cancel);
        if (c is null)
        {
            return TypedResults.NotFound();
        }

        var errors = Validate(input);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await access.CanWork(user, c.Id, cancel))
        {
            var me = user.PersonId()!.Value;
            var name = await db.Users.Where(u => u.Id == me).Select(u => u.DisplayName).SingleAsync(cancel);
            var written = await work.Write(c, new Adviser(me, name), input.Body!, input.InternalNote, input.After, [], cancel);
            await db.SaveChangesAsync(cancel);
            return TypedResults.Ok(new CaseEntry(written.Kind.ToString(), written.AuthorName, written.Body, written.CreatedAt));
        }

        if (!access.IsRequester(user, c, key))
        {
            return TypedResults.NotFound();
        }

        var message = await work.RequesterWrites(c, user.PersonId(), input.Body!, CaseChannel.Web, [], null, cancel);
        await db.SaveChangesAsync(cancel);
        return TypedResults.Ok(new CaseEntry(message.Kind.ToString(), message.AuthorName, message.Body, message.CreatedAt));
    }

    private static Dictionary<string, string[]> Validate(object input)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        return results.SelectMany(r => r.MemberNames.Select(m => (Member: char.ToLowerInvariant(m[0]) + m[1..], r.ErrorMessage ?? "Invalid.")))
            .GroupBy(e => e.Member).ToDictionary(g => g.Key, g => g.Select(e => e.Item2).ToArray());
    }
}
