using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Shared;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Geography;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Associations;

[Authorize]
[RequestSizeLimit(40 * 1024 * 1024)]
public sealed class RegisterModel(NassijDb db, AssociationFiles files, Geography places, Audit audit, TimeProvider clock, IStringLocalizer<AssociationsText> text)
    : PageModel
{
    [BindProperty]
    public AssociationForm Input { get; set; } = new();

    [BindProperty]
    public Role MyRole { get; set; } = Role.President;

    public void OnGet() => Input.PadBoard();

    public async Task<IActionResult> OnPostAddBoardLineAsync()
    {
        var personId = User.PersonId()!.Value;
        if (!await files.AreAllowed(Input, personId, null))
        {
            return BadRequest();
        }

        // Keep what was sent, files included, and show the form again with one more line.
        await files.Receive(Request.Form.Files, Input, ModelState, associationId: null);
        await db.SaveChangesAsync();
        ModelState.Reshape("Input.Board", "Upload");
        Input.AddBoardLine();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var personId = User.PersonId()!.Value;
        // Ids from the hidden fields are checked before this request's own uploads are added.
        if (!Roles.IsOfficer(MyRole) || !await files.AreAllowed(Input, personId, null))
        {
            return BadRequest();
        }

        await files.Receive(Request.Form.Files, Input, ModelState, associationId: null);
        foreach (var breach in RegistryRules.Check(Input, Formats.TodayInMorocco(clock), places))
        {
            ModelState.AddModelError($"Input.{breach.Field}", text[breach.Message]);
        }

        if (!ModelState.IsValid)
        {
            await db.SaveChangesAsync();
            Input.PadBoard();
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var association = new Association
        {
            NameAr = Input.NameAr,
            NameFr = Input.NameFr,
            Address = Input.Address,
            RegionCode = string.Empty,
            ProvinceCode = string.Empty,
            Status = VerificationStatus.Pending,
            CreatedAt = clock.GetUtcNow(),
        };
        AssociationMapping.Apply(Input, association, places);
        db.Associations.Add(association);
        await db.SaveChangesAsync();

        db.RoleGrants.Add(new RoleGrant { PersonId = personId, Role = MyRole, AssociationId = association.Id, GrantedAt = clock.GetUtcNow(), GrantedById = personId });
        await files.AttachTo(Input, association.Id);
        audit.Record("association.registered", nameof(Association), association.Id, after: AssociationMapping.LegalData(association));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["Notice"] = text["The file was sent. Ministry staff will check it; you will be told by e-mail."].Value;
        return Redirect($"/my/associations/{association.Id}");
    }
}
