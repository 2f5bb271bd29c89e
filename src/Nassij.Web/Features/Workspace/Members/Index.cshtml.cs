using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Shared;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Exports;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Members;

public sealed record MemberRow(int Id, string? NameAr, string? NameLatin, string? Phone, MemberCategory Category, MemberStatus Status, DateOnly JoinedOn);

/// <summary>The association's members, for its officers: searched by name, ID or phone, paginated.</summary>
[Authorize]
public sealed class IndexModel(NassijDb db, AssociationAccess access, IStringLocalizer<WorkspaceText> text) : PageModel
{
    public const int PageSize = 25;

    [FromRoute]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public MemberStatus? Status { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    /// <summary>The member the next page starts after (or the previous one ends before): pages are sought
    /// in the sorted index rather than counted, so page 2,000 costs what page 1 does.</summary>
    [BindProperty(SupportsGet = true)]
    public int? After { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Before { get; set; }

    public WorkspaceContext Workspace { get; private set; } = null!;
    public IReadOnlyList<MemberRow> Rows { get; private set; } = [];
    public bool HasNext { get; private set; }
    public bool Arabic => WorkspaceContext.Arabic;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, User, Id, cancel) is not { IsOfficer: true } workspace)
        {
            return NotFound();
        }

        Workspace = workspace;
        ModelState.Clear();
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        var rows = await LoadRows(cancel);
        HasNext = Before is not null || rows.Count > PageSize;
        Rows = rows.Take(PageSize).ToList();
        return Page();
    }

    /// <summary>The list as it is filtered, as Excel or CSV, with the headers in the officer's language.</summary>
    public async Task<IActionResult> OnGetExportAsync(string format, CancellationToken cancel)
    {
        if (!await access.IsOfficerOf(User, Id))
        {
            return NotFound();
        }

        var rows = await MemberSearch.Run(db, Id, Q, members => WithStatus(members).OrderBy(m => m.SortName).ThenBy(m => m.Id)
            .Select(m => new { m.NameAr, m.NameLatin, m.NationalId, m.Phone, m.Email, m.Address, m.Category, m.Status, m.JoinedOn, m.ConsentGivenOn, m.ConsentPurpose })
            .ToListAsync(cancel), cancel);
        var sheet = rows.Select(m => new Dictionary<string, object?>
        {
            [text["Name in Arabic letters"]] = m.NameAr,
            [text["Name in Latin letters"]] = m.NameLatin,
            [text["National ID number"]] = m.NationalId,
            [text["Phone"]] = m.Phone,
            [text["E-mail address"]] = m.Email,
            [text["Address"]] = m.Address,
            [text["Category"]] = text[MemberLabels.Of(m.Category)].Value,
            [text["Status"]] = text[MemberLabels.Of(m.Status)].Value,
            [text["Joining date"]] = Formats.Date(m.JoinedOn),
            [text["Consent given on"]] = Formats.Date(m.ConsentGivenOn),
            [text["Purpose of the processing"]] = m.ConsentPurpose,
        });
        return await this.Send(await Spreadsheets.File(sheet, $"members-{Id}", format, cancel));
    }

    private Task<List<MemberRow>> LoadRows(CancellationToken cancel) =>
        MemberSearch.Run(db, Id, Q, members => OnePage(WithStatus(members), cancel), cancel);

    private async Task<List<MemberRow>> OnePage(IQueryable<Member> members, CancellationToken cancel)
    {
        if ((After ?? Before) is not { } id)
        {
            return await Project(members.OrderBy(m => m.SortName).ThenBy(m => m.Id).Skip((PageNumber - 1) * PageSize), cancel);
        }

        // The anchor's name is read in the same query; an anchor from another association matches nothing.
        var anchors = db.Members.Where(m => m.Id == id && m.AssociationId == Id).Select(m => m.SortName);
        if (After is not null)
        {
            // Written so that PostgreSQL seeks the (association, name, id) index at the anchor.
            members = members.Where(m => string.Compare(m.SortName, anchors.First()) >= 0 && (string.Compare(m.SortName, anchors.First()) > 0 || m.Id > id));
            return await Project(members.OrderBy(m => m.SortName).ThenBy(m => m.Id), cancel);
        }

        members = members.Where(m => string.Compare(m.SortName, anchors.First()) <= 0 && (string.Compare(m.SortName, anchors.First()) < 0 || m.Id < id));
        var previous = await Project(members.OrderByDescending(m => m.SortName).ThenByDescending(m => m.Id), cancel);
        previous.Reverse();
        return previous.Count > PageSize ? previous[1..] : previous;
    }

    private static Task<List<MemberRow>> Project(IQueryable<Member> members, CancellationToken cancel) =>
        members.Take(PageSize + 1)
            .Select(m => new MemberRow(m.Id, m.NameAr, m.NameLatin, m.Phone, m.Category, m.Status, m.JoinedOn))
            .ToListAsync(cancel);

    private IQueryable<Member> WithStatus(IQueryable<Member> members) =>
        Status is { } status ? members.Where(m => m.Status == status) : members;

    public object RouteFor(int page) =>
        page > PageNumber && Rows.Count > 0 ? new { q = Q, status = Status, p = page, after = Rows[^1].Id }
        : page < PageNumber && page > 1 && Rows.Count > 0 ? new { q = Q, status = Status, p = page, before = Rows[0].Id }
        : (object)new { q = Q, status = Status, p = page };
}
