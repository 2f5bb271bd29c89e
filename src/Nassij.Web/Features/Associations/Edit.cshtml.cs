using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Shared;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Geography;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Associations;

[Authorize]
[RequestSizeLimit(40 * 1024 * 1024)]
public sealed class EditModel(NassijDb db, AssociationAccess access, AssociationFiles files, Geography places, Audit audit, TimeProvider clock, IStringLocalizer<AssociationsText> text)
    : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [BindProperty]
    public AssociationForm Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var association = await Load();
        if (association is null)
        {
            return NotFound();
        }

        Input = AssociationMapping.ToForm(association);
        Version = association.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAddBoardLineAsync()
    {
        var (association, refusal) = await LoadAndReceiveFiles();
        if (association is null)
        {
            return refusal!;
        }

        // Keep what was typed, files included, and show the form again with one more line.
        await db.SaveChangesAsync();
        ModelState.Reshape("Input.Board", "Upload");
        Input.AddBoardLine();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (association, refusal) = await LoadAndReceiveFiles();
        if (association is null)
        {
            return refusal!;
        }

        foreach (var breach in RegistryRules.Check(Input, Formats.TodayInMorocco(clock), places))
        {
            ModelState.AddModelError($"Input.{breach.Field}", text[breach.Message]);
        }

        if (!ModelState.IsValid)
        {
            await db.SaveChangesAsync();
            return Redisplay();
        }

        var before = AssociationMapping.LegalData(association);
        db.Entry(association).Property(a => a.Version).OriginalValue = Version;
        AssociationMapping.Apply(Input, association, places);
        var after = AssociationMapping.LegalData(association);
        association.Resubmit();
        await DirectoryWords.Refresh(db, association);
        audit.Record("association.edited", nameof(Association), association.Id,
            before: Same(before, after) ? null : before, after: Same(before, after) ? null : after);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, text["Someone else changed this file while you were editing it. Your changes are still in the form: check them against the saved file and save again."]);
            Version = (int)(await db.Entry(association).GetDatabaseValuesAsync())!["Version"]!;
            return Redisplay();
        }

        TempData["Notice"] = text["The changes are saved."].Value;
        return Redirect($"/my/associations/{association.Id}");
    }

    private PageResult Redisplay()
    {
        Input.PadBoard();
        return Page();
    }

    /// <summary>The officer's association with the files of this post stored; or why the post is refused.</summary>
    private async Task<(Association? Association, IActionResult? Refusal)> LoadAndReceiveFiles()
    {
        var association = await Load();
        if (association is null)
        {
            return (null, NotFound());
        }

        // Ids from the hidden fields are checked before this request's own uploads are added.
        if (!await files.AreAllowed(Input, User.PersonId()!.Value, association.Id))
        {
            return (null, BadRequest());
        }

        await files.Receive(Request.Form.Files, Input, ModelState, association.Id);
        return (association, null);
    }

    private async Task<Association?> Load()
    {
        if (!await access.IsOfficerOf(User, Id))
        {
            return null;
        }

        return await db.Associations.Include(a => a.Board).FirstOrDefaultAsync(a => a.Id == Id);
    }

    private static bool Same(object before, object after) => JsonSerializer.Serialize(before) == JsonSerializer.Serialize(after);
}
