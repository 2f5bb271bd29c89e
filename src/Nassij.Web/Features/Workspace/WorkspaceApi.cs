using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Shared;
using Nassij.Web.Features.Workspace.Dues;
using Nassij.Web.Features.Workspace.Members;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace;

public sealed record MemberItem(int Id, string? NameAr, string? NameLatin, string? NationalId, string? Phone, string? Email, MemberCategory Category, MemberStatus Status, DateOnly JoinedOn);

public sealed record MemberPage(IReadOnlyList<MemberItem> Items, int? NextAfter);

public sealed record DuesItem(int MemberId, string? NameAr, string? NameLatin, decimal Owed, decimal Paid, DateOnly DueOn, DuesStanding Standing);

/// <summary>The workspace's members and dues as JSON, for the association's own tools: same rules and same
/// boundaries as the pages (officers of the association only; anyone else gets 404).</summary>
public static class WorkspaceApi
{
    private const int PageSize = 50;

    public static void MapWorkspaceApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/workspace/{id:int}").WithTags("Workspace").RequireAuthorization();
        api.MapGet("/members", Members).WithName("ListMembers")
            .WithSummary("The association's members, in name order")
            .WithDescription("Officers only. `q` searches names in either script, ID number and phone with the directory's folding; `after` is the last id of the previous page (the response's `nextAfter`). 50 per page.");
        api.MapGet("/members/{memberId:int}", Member).WithName("GetMember").WithSummary("One member");
        api.MapPost("/members", AddMember).WithName("AddMember")
            .WithSummary("Add a member")
            .WithDescription("The same checks as the form: a name in Arabic or Latin letters, the member's consent (law 09-08) with its purpose, a unique national ID. Errors come back per field, in the language of Accept-Language.");
        api.MapGet("/dues", YearDues).WithName("ListDues").WithSummary("Each member's dues for a year (default: this year), with their standing");
    }

    private static async Task<Results<Ok<MemberPage>, NotFound>> Members(int id, string? q, MemberStatus? status, int? after, ClaimsPrincipal user, NassijDb db, AssociationAccess access, CancellationToken cancel)
    {
        if (!await access.IsOfficerOf(user, id))
        {
            return TypedResults.NotFound();
        }

        var rows = await MemberSearch.Run(db, id, q, members =>
        {
            if (status is { } s)
            {
                members = members.Where(m => m.Status == s);
            }

            if (after is { } anchorId)
            {
                var anchors = db.Members.Where(m => m.Id == anchorId && m.AssociationId == id).Select(m => m.SortName);
                members = members.Where(m => string.Compare(m.SortName, anchors.First()) >= 0 && (string.Compare(m.SortName, anchors.First()) > 0 || m.Id > anchorId));
            }

            return members.OrderBy(m => m.SortName).ThenBy(m => m.Id).Take(PageSize + 1)
                .Select(m => new MemberItem(m.Id, m.NameAr, m.NameLatin, m.NationalId, m.Phone, m.Email, m.Category, m.Status, m.JoinedOn))
                .ToListAsync(cancel);
        }, cancel);
        var page = rows.Take(PageSize).ToList();
        return TypedResults.Ok(new MemberPage(page, rows.Count > PageSize ? page[^1].Id : null));
    }

    private static async Task<Results<Ok<MemberItem>, NotFound>> Member(int id, int memberId, ClaimsPrincipal user, NassijDb db, AssociationAccess access, CancellationToken cancel)
    {
        if (!await access.IsOfficerOf(user, id))
        {
            return TypedResults.NotFound();
        }

        var member = await db.Members.AsNoTracking().Where(m => m.Id == memberId && m.AssociationId == id)
            .Select(m => new MemberItem(m.Id, m.NameAr, m.NameLatin, m.NationalId, m.Phone, m.Email, m.Category, m.Status, m.JoinedOn))
            .SingleOrDefaultAsync(cancel);
        return member is null ? TypedResults.NotFound() : TypedResults.Ok(member);
    }

    private static async Task<Results<Created<MemberItem>, ValidationProblem, NotFound>> AddMember(int id, MemberForm form, ClaimsPrincipal user, NassijDb db, AssociationAccess access,
        Audit audit, DuesLedger dues, TimeProvider clock, IStringLocalizer<WorkspaceText> text, IStringLocalizer<SharedText> shared, CancellationToken cancel)
    {
        if (!await access.IsOfficerOf(user, id))
        {
            return TypedResults.NotFound();
        }

        var today = Formats.TodayInMorocco(clock);
        var errors = ApiValidation.Errors(form, shared);

        foreach (var breach in MemberRules.Check(form, today))
        {
            errors[breach.Field] = [text[breach.Message]];
        }

        var nationalId = form.NationalId?.Trim().ToUpperInvariant();
        if (!string.IsNullOrEmpty(nationalId) && await db.Members.AnyAsync(m => m.AssociationId == id && m.NationalId == nationalId, cancel))
        {
            errors[nameof(MemberForm.NationalId)] = [text["Another member already has this national ID number."]];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var member = new Member { AssociationId = id, ConsentPurpose = string.Empty, CreatedAt = clock.GetUtcNow() };
        MemberRules.Apply(form, member, today);
        db.Members.Add(member);
        await db.SaveChangesAsync(cancel);
        audit.Record("member.added", "Member", member.Id.ToString(CultureInfo.InvariantCulture), after: new { member.AssociationId, Via = "api" });
        await db.SaveChangesAsync(cancel);
        await dues.BringInLine(id, today.Year, member.Id, cancel);
        return TypedResults.Created($"/api/workspace/{id}/members/{member.Id}",
            new MemberItem(member.Id, member.NameAr, member.NameLatin, member.NationalId, member.Phone, member.Email, member.Category, member.Status, member.JoinedOn));
    }

    private static async Task<Results<Ok<IReadOnlyList<DuesItem>>, NotFound>> YearDues(int id, int? year, int? after, ClaimsPrincipal user, NassijDb db, AssociationAccess access, TimeProvider clock, CancellationToken cancel)
    {
        if (!await access.IsOfficerOf(user, id))
        {
            return TypedResults.NotFound();
        }

        var today = Formats.TodayInMorocco(clock);
        var theYear = year ?? today.Year;
        var rows = await db.MemberDues.AsNoTracking().Where(d => d.AssociationId == id && d.Year == theYear && d.MemberId > (after ?? 0))
            .OrderBy(d => d.MemberId).Take(500)
            .Select(d => new { d.MemberId, d.Member!.NameAr, d.Member.NameLatin, d.Owed, d.Paid, d.DueOn })
            .ToListAsync(cancel);
        return TypedResults.Ok<IReadOnlyList<DuesItem>>([.. rows.Select(d => new DuesItem(d.MemberId, d.NameAr, d.NameLatin, d.Owed, d.Paid, d.DueOn, DuesRules.Standing(d.Owed, d.Paid, d.DueOn, today)))]);
    }
}
