using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Members;

public sealed record MemberRow(int Id, string? NameAr, string? NameLatin, string? Phone, MemberCategory Category, MemberStatus Status, DateOnly JoinedOn);

/// <summary>The association's members, for its officers: searched by name, ID or phone, paginated.</summary>
[Authorize]
public sealed class IndexModel(NassijDb db, AssociationAccess access) : PageModel
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

    public string AssociationName { get; private set; } = string.Empty;
    public IReadOnlyList<MemberRow> Rows { get; private set; } = [];
    public bool HasNext { get; private set; }
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (!await access.IsOfficerOf(User, Id))
        {
            return NotFound();
        }

        ModelState.Clear();
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        AssociationName = await db.Associations.Where(a => a.Id == Id).Select(a => Arabic ? a.NameAr : a.NameFr).SingleAsync(cancel);
        var members = db.Members.AsNoTracking().Where(m => m.AssociationId == Id);
        if (Status is { } status)
        {
            members = members.Where(m => m.Status == status);
        }

        members = members.WhereKeyHasAllTerms(m => m.SearchKey, Q);

        var rows = await members.OrderBy(m => m.SortName).ThenBy(m => m.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(m => new MemberRow(m.Id, m.NameAr, m.NameLatin, m.Phone, m.Category, m.Status, m.JoinedOn))
            .ToListAsync(cancel);
        HasNext = rows.Count > PageSize;
        Rows = rows.Take(PageSize).ToList();
        return Page();
    }

    public object RouteFor(int page) => new { q = Q, status = Status, p = page };
}
