using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Accounts;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Geography;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Admin;

public sealed record StaffRow(int GrantId, string DisplayName, string? Email, Role Role, string? RegionCode);

/// <summary>Administrators invite ministry staff and grant or revoke their roles.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class StaffModel(NassijDb db, UserManager<Person> users, Invitations invitations, AccountMail mail, Geography places, Audit audit, TimeProvider clock, IStringLocalizer<AdminText> text)
    : PageModel
{
    public const int PageSize = 50;

    [BindProperty]
    public GrantForm Input { get; set; } = new();

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<StaffRow> Rows { get; private set; } = [];
    public bool HasNext { get; private set; }

    public async Task OnGetAsync() => await LoadRows();

    public async Task<IActionResult> OnPostGrantAsync()
    {
        if (Input.Role == Role.RegionalCoordinator && places.Region(Input.RegionCode) is null)
        {
            ModelState.AddModelError("Input.RegionCode", text["A regional coordinator needs a region."]);
        }

        if (!Roles.IsStaff(Input.Role))
        {
            ModelState.AddModelError("Input.Role", text["Choose a ministry role."]);
        }

        if (!ModelState.IsValid)
        {
            await LoadRows();
            return Page();
        }

        var person = await users.FindByEmailAsync(Input.Email.Trim()) ?? await Invite(Input.Email.Trim(), Input.DisplayName.Trim());
        if (person is null)
        {
            ModelState.AddModelError("Input.Email", text["This e-mail address cannot be used."]);
            await LoadRows();
            return Page();
        }

        var exists = await db.RoleGrants.AnyAsync(g => g.PersonId == person.Id && g.Role == Input.Role && g.AssociationId == null);
        if (!exists)
        {
            var region = Input.Role == Role.RegionalCoordinator ? Input.RegionCode : null;
            db.RoleGrants.Add(new RoleGrant { PersonId = person.Id, Role = Input.Role, RegionCode = region, GrantedAt = clock.GetUtcNow(), GrantedById = User.PersonId() });
            audit.Record("role.granted", nameof(Person), person.Id, after: new { Role = Input.Role.ToString(), RegionCode = region, person.Email });
            await db.SaveChangesAsync();
            await users.UpdateSecurityStampAsync(person);
        }

        TempData["Notice"] = text["The role is granted."].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int grantId)
    {
        var grant = await db.RoleGrants.Include(g => g.Person).FirstOrDefaultAsync(g => g.Id == grantId && g.AssociationId == null);
        if (grant is null)
        {
            return NotFound();
        }

        if (grant.PersonId == User.PersonId() && grant.Role == Role.Administrator)
        {
            TempData["Notice"] = text["You cannot remove your own administrator role."].Value;
            return RedirectToPage();
        }

        db.RoleGrants.Remove(grant);
        audit.Record("role.revoked", nameof(Person), grant.PersonId, before: new { Role = grant.Role.ToString(), grant.RegionCode, grant.Person!.Email });
        await db.SaveChangesAsync();
        await users.UpdateSecurityStampAsync(grant.Person);
        TempData["Notice"] = text["The role is revoked."].Value;
        return RedirectToPage();
    }

    private async Task<Person?> Invite(string email, string name)
    {
        var invited = await invitations.Create(email, name, "ar", Url, Request.Scheme);
        if (invited is { } created)
        {
            mail.StaffInvitation(created.Person, created.Link);
        }

        return invited?.Person;
    }

    private async Task LoadRows()
    {
        PageNumber = Math.Max(1, PageNumber);
        var rows = await db.RoleGrants.AsNoTracking()
            .Where(g => g.AssociationId == null)
            .OrderBy(g => g.Person!.DisplayName).ThenBy(g => g.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(g => new StaffRow(g.Id, g.Person!.DisplayName, g.Person.Email, g.Role, g.RegionCode))
            .ToListAsync();
        HasNext = rows.Count > PageSize;
        Rows = rows.Take(PageSize).ToList();
    }

    public object RouteFor(int page) => new { p = page };
}

/// <summary>A ministry role; a regional coordinator's comes with a region.</summary>
public sealed class GrantForm : InviteForm
{
    public GrantForm() => Role = Role.CallManager;

    [Display(Name = "Region")]
    public string? RegionCode { get; set; }
}
