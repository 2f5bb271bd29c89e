using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Accounts;
using Nassij.Web.Features.Shared;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Associations;

public sealed record PersonRow(int GrantId, Guid PersonId, string DisplayName, string? Email, Role Role);

/// <summary>Who acts for the association: officers invite a secretary general, a treasurer or
/// members by e-mail; only the president removes an officer, and the last president stays.</summary>
[Authorize]
public sealed class PeopleModel(NassijDb db, AssociationAccess access, UserManager<Person> users, Invitations invitations, AccountMail mail, Audit audit, TimeProvider clock, IStringLocalizer<AssociationsText> text)
    : PageModel
{
    public static readonly Role[] Grantable = [Role.Secretary, Role.Treasurer, Role.Member];

    [FromRoute]
    public int Id { get; set; }

    [BindProperty]
    public InviteForm Input { get; set; } = new();

    public string AssociationName { get; private set; } = string.Empty;
    public IReadOnlyList<PersonRow> Rows { get; private set; } = [];
    public IReadOnlyList<Role> MyRoles { get; private set; } = [];
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task<IActionResult> OnGetAsync() => await Load() ? Page() : NotFound();

    public async Task<IActionResult> OnPostInviteAsync()
    {
        if (!await Load())
        {
            return NotFound();
        }

        if (!Grantable.Contains(Input.Role))
        {
            ModelState.AddModelError("Input.Role", text["Choose a role."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email.Trim();
        var person = await users.FindByEmailAsync(email);
        string? link = null;
        if (person is null)
        {
            var invited = await invitations.Create(email, Input.DisplayName.Trim(), CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, Url, Request.Scheme);
            if (invited is null)
            {
                ModelState.AddModelError("Input.Email", text["This e-mail address cannot be used."]);
                return Page();
            }

            (person, link) = invited.Value;
        }

        if (!await db.RoleGrants.AnyAsync(g => g.PersonId == person.Id && g.AssociationId == Id && g.Role == Input.Role))
        {
            db.RoleGrants.Add(new RoleGrant { PersonId = person.Id, AssociationId = Id, Role = Input.Role, GrantedAt = clock.GetUtcNow(), GrantedById = User.PersonId() });
            audit.Record("association.role-granted", nameof(Association), Id, after: new { Role = Input.Role.ToString(), person.Email });
            var name = await db.Associations.Where(a => a.Id == Id).Select(a => person.Language == "ar" ? a.NameAr : a.NameFr).SingleAsync();
            if (link is null)
            {
                mail.AssociationRoleGranted(person, name, RoleLabels.Of(Input.Role));
            }
            else
            {
                mail.AssociationInvitation(person, name, RoleLabels.Of(Input.Role), link);
            }

            await db.SaveChangesAsync();
        }

        TempData["Notice"] = text["The person was told by e-mail."].Value;
        return Redirect($"/my/associations/{Id}/people");
    }

    public async Task<IActionResult> OnPostRevokeAsync(int grantId)
    {
        if (!await Load())
        {
            return NotFound();
        }

        var grant = await db.RoleGrants.Include(g => g.Person).FirstOrDefaultAsync(g => g.Id == grantId && g.AssociationId == Id);
        if (grant is null)
        {
            return NotFound();
        }

        var isPresident = MyRoles.Contains(Role.President);
        var presidents = Rows.Count(r => r.Role == Role.President);
        if ((Roles.IsOfficer(grant.Role) && !isPresident) || (grant.Role == Role.President && presidents <= 1))
        {
            TempData["Notice"] = text["Only the president removes an officer, and the association keeps at least one president."].Value;
            return Redirect($"/my/associations/{Id}/people");
        }

        db.RoleGrants.Remove(grant);
        audit.Record("association.role-revoked", nameof(Association), Id, before: new { Role = grant.Role.ToString(), grant.Person!.Email });
        await db.SaveChangesAsync();
        TempData["Notice"] = text["Access removed."].Value;
        return Redirect($"/my/associations/{Id}/people");
    }

    private async Task<bool> Load()
    {
        MyRoles = await access.RolesIn(User, Id);
        if (!MyRoles.Any(Roles.IsOfficer))
        {
            return false;
        }

        AssociationName = await db.Associations.Where(a => a.Id == Id).Select(a => Arabic ? a.NameAr : a.NameFr).SingleAsync();
        Rows = await db.RoleGrants.AsNoTracking()
            .Where(g => g.AssociationId == Id)
            .OrderBy(g => g.Role).ThenBy(g => g.Person!.DisplayName)
            .Take(200)
            .Select(g => new PersonRow(g.Id, g.PersonId, g.Person!.DisplayName, g.Person.Email, g.Role))
            .ToListAsync();
        return true;
    }
}
