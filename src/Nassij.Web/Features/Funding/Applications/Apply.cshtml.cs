using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Funding.Calls;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Funding.Applications;

public sealed record ApplicantChoice(int Id, string NameAr, string NameFr);

/// <summary>Starts an application: which association (of those the person is an officer of) and which lot.
/// Eligibility is checked here from the registry, and again at submission.</summary>
[Authorize]
public sealed class ApplyModel(NassijDb db, Audit audit, TimeProvider clock, IStringLocalizer<FundingText> text) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [BindProperty]
    public int? AssociationId { get; set; }

    [BindProperty]
    public int? LotId { get; set; }

    public Call Call { get; private set; } = null!;
    public IReadOnlyList<ApplicantChoice> Associations { get; private set; } = [];
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task<IActionResult> OnGetAsync() => await Load() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await Load())
        {
            return NotFound();
        }

        var association = Associations.Any(a => a.Id == AssociationId)
            ? await db.Associations.AsNoTracking().SingleAsync(a => a.Id == AssociationId)
            : null;
        var lot = Call.Lots.FirstOrDefault(l => l.Id == LotId);
        if (association is null)
        {
            ModelState.AddModelError(nameof(AssociationId), text["Choose the association that applies."]);
        }

        if (lot is null)
        {
            ModelState.AddModelError(nameof(LotId), text["Choose a lot."]);
        }

        if (association is null || lot is null)
        {
            return Page();
        }

        var draft = await db.Applications.FirstOrDefaultAsync(a => a.AssociationId == association.Id && a.LotId == lot.Id && a.State == ApplicationState.Draft);
        if (draft is not null)
        {
            return Redirect($"/my/applications/{draft.Id}");
        }

        var now = clock.GetUtcNow();
        var earlier = await db.Applications.CountAsync(a => a.AssociationId == association.Id && a.LotId == lot.Id && a.State != ApplicationState.Withdrawn);
        var late = await Reports.OverdueReports.Has(db, association.Id, Platform.Localization.Formats.TodayInMorocco(clock));
        foreach (var reason in Eligibility.Check(Call, association, now, earlier, late))
        {
            ModelState.AddModelError(string.Empty, text[reason.Key, reason.Args]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var application = new Application { CallId = Call.Id, LotId = lot.Id, AssociationId = association.Id, CreatedAt = now, UpdatedAt = now };
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        audit.Record("application.started", nameof(Application), application.Id, after: new { application.CallId, application.LotId, application.AssociationId });
        await db.SaveChangesAsync();
        return Redirect($"/my/applications/{application.Id}");
    }

    private async Task<bool> Load()
    {
        var call = await CallLoading.Full(db, Id, tracking: false);
        if (call is null || !call.IsPublic)
        {
            return false;
        }

        Call = call;
        var me = User.PersonId();
        Associations = await db.RoleGrants.AsNoTracking()
            .Where(g => g.PersonId == me && g.AssociationId != null && Roles.Officers.Contains(g.Role))
            .Select(g => g.Association!).Distinct()
            .OrderBy(a => a.NameAr).Take(100)
            .Select(a => new ApplicantChoice(a.Id, a.NameAr, a.NameFr))
            .ToListAsync();
        AssociationId ??= Associations.Count == 1 ? Associations[0].Id : null;
        LotId ??= call.Lots.Count == 1 ? call.Lots[0].Id : null;
        return true;
    }
}
