using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Associations;

public enum Verdict
{
    Verify,
    RequestChanges,
    Reject,
}

/// <summary>Staff look at one file and decide: verified, changes requested, or rejected with a reason.</summary>
[Authorize(Policy = Policies.Verifier)]
public sealed class ReviewModel(NassijDb db, Audit audit, VerificationNotices notices, TimeProvider clock, IStringLocalizer<AssociationsText> text) : PageModel
{
    public Association Association { get; private set; } = null!;
    public LegalStanding Standing { get; private set; } = null!;
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    [BindProperty]
    public Verdict Verdict { get; set; }

    [BindProperty]
    [StringLength(1000, ErrorMessage = "This is too long.")]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancel) =>
        await Show(id, cancel) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancel)
    {
        var association = await db.Associations.FirstOrDefaultAsync(a => a.Id == id, cancel);
        if (association is null || !AssociationAccess.CanOversee(User, association.RegionCode))
        {
            return NotFound();
        }

        var before = association.Status;
        var now = clock.GetUtcNow();
        var decision = Verdict switch
        {
            Verdict.Verify => association.Verify(now),
            Verdict.Reject => association.Reject(Reason ?? string.Empty, now),
            _ => association.RequestChanges(Reason ?? string.Empty, now),
        };
        if (decision != Decision.Done || !ModelState.IsValid)
        {
            if (decision == Decision.ReasonRequired)
            {
                ModelState.AddModelError(nameof(Reason), text["Say what is wrong or what to change: the officers will read it."]);
            }
            else if (decision == Decision.AlreadyDecided)
            {
                ModelState.AddModelError(string.Empty, text["This file was already decided."]);
            }

            await Show(id, cancel);
            return Page();
        }

        audit.Record(ActionOf(Verdict), nameof(Association), association.Id,
            before: new { Status = before.ToString() }, after: new { Status = association.Status.ToString(), association.StatusReason });
        await DirectoryWords.Refresh(db, association, cancel);
        await notices.Tell(association, cancel);
        await db.SaveChangesAsync(cancel);
        TempData["Notice"] = text["The decision is saved and the officers were told."].Value;
        return Redirect("/staff/verification");
    }

    private async Task<bool> Show(int id, CancellationToken cancel)
    {
        var association = await AssociationProfile.Load(db, id, cancel);
        if (association is null || !AssociationAccess.CanOversee(User, association.RegionCode))
        {
            return false;
        }

        Association = association;
        Standing = association.Standing(Formats.TodayInMorocco(clock));
        return true;
    }

    private static string ActionOf(Verdict verdict) => verdict switch
    {
        Verdict.Verify => "association.verified",
        Verdict.Reject => "association.rejected",
        _ => "association.changes-requested",
    };
}
