using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Members;

/// <summary>Adds a member ("new") or edits one; officers of the association only.</summary>
[Authorize]
public sealed class EditModel(NassijDb db, AssociationAccess access, Audit audit, Dues.DuesLedger dues, TimeProvider clock, IStringLocalizer<WorkspaceText> text) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [FromRoute]
    public string MemberId { get; set; } = "new";

    [BindProperty]
    public MemberForm Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public bool IsNew => MemberId == "new";

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await access.IsOfficerOf(User, Id))
        {
            return NotFound();
        }

        if (IsNew)
        {
            Input.JoinedOn = Formats.TodayInMorocco(clock);
            Input.ConsentPurpose = text["Managing the membership, dues, meetings and communications of the association"];
            return Page();
        }

        var member = await Load();
        if (member is null)
        {
            return NotFound();
        }

        Input = MemberRules.ToForm(member);
        Version = member.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await access.IsOfficerOf(User, Id))
        {
            return NotFound();
        }

        var member = IsNew ? new Member { AssociationId = Id, ConsentPurpose = string.Empty, CreatedAt = clock.GetUtcNow() } : await Load();
        if (member is null)
        {
            return NotFound();
        }

        var today = Formats.TodayInMorocco(clock);
        foreach (var breach in MemberRules.Check(Input, today))
        {
            ModelState.AddModelError($"Input.{breach.Field}", text[breach.Message]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!IsNew)
        {
            db.Entry(member).Property(m => m.Version).OriginalValue = Version;
        }

        MemberRules.Apply(Input, member, today);
        if (IsNew)
        {
            db.Add(member);
        }

        return await Save(member);
    }

    private async Task<IActionResult> Save(Member member)
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, text["Someone else changed this member while you were editing. Your changes are still in the form: check them and save again."]);
            return Page();
        }
        catch (DbUpdateException) when (member.NationalId is not null)
        {
            if (!await NationalIdTaken(member))
            {
                throw;
            }

            ModelState.AddModelError("Input.NationalId", text["Another member already has this national ID number."]);
            return Page();
        }

        // The trail says who changed whose record, not the personal data itself.
        audit.Record(IsNew ? "member.added" : "member.edited", nameof(Member), member.Id.ToString(CultureInfo.InvariantCulture), after: new { member.AssociationId });
        await db.SaveChangesAsync();
        // A new member, or a change of category or status, changes what they owe this year.
        await dues.BringInLine(Id, Formats.TodayInMorocco(clock).Year, member.Id, HttpContext.RequestAborted);
        TempData["Notice"] = text["The member is saved."].Value;
        return Redirect($"/workspace/{Id}/members");
    }

    private async Task<bool> NationalIdTaken(Member member)
    {
        db.ChangeTracker.Clear();
        return await db.Members.AnyAsync(m => m.AssociationId == Id && m.NationalId == member.NationalId && m.Id != member.Id);
    }

    private Task<Member?> Load() =>
        int.TryParse(MemberId, NumberStyles.None, CultureInfo.InvariantCulture, out var memberId)
            ? db.Members.FirstOrDefaultAsync(m => m.Id == memberId && m.AssociationId == Id)
            : Task.FromResult<Member?>(null);
}
