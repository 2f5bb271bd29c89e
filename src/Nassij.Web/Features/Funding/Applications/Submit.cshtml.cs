using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Associations;
using Nassij.Web.Features.Funding.Calls;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Funding.Applications;

/// <summary>The last look before submission: what the registry sends with the application, what is missing, the declarations.
/// The server checks the deadline and eligibility again, whatever the page showed.</summary>
[Authorize]
public sealed class SubmitModel(NassijDb db, Audit audit, TimeProvider clock, IStringLocalizer<FundingText> text) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [BindProperty]
    public List<int> Ticked { get; set; } = [];

    public Application Application { get; private set; } = null!;
    public Call Call { get; private set; } = null!;
    public Association Association { get; private set; } = null!;
    public IReadOnlyList<Reason> Problems { get; private set; } = [];
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await Load(tracking: false))
        {
            return NotFound();
        }

        return Application.IsDraft ? Page() : Redirect($"/my/applications/{Id}");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await Load(tracking: true))
        {
            return NotFound();
        }

        if (!Application.IsDraft)
        {
            return Redirect($"/my/applications/{Id}");
        }

        var unticked = Call.Declarations.Where(d => !Ticked.Contains(d.Id)).ToList();
        if (unticked.Count > 0)
        {
            ModelState.AddModelError(nameof(Ticked), text["Tick every declaration to submit."]);
        }

        if (Problems.Count > 0 || !ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow();
        Application.State = ApplicationState.Submitted;
        Application.SubmittedAt = now;
        Application.SubmittedById = User.PersonId();
        Application.Reference = Reference(Call, Application);
        Application.Fingerprint = ApplicationRules.Fingerprint(Application);
        audit.Record("application.submitted", nameof(Application), Application.Id, before: new { State = ApplicationState.Draft }, after: new { Application.State, Application.Reference, Application.Fingerprint });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Redirect($"/my/applications/{Id}");
        }

        TempData["Notice"] = text["The application is submitted. Keep the receipt: it proves what you sent and when."].Value;
        return Redirect($"/my/applications/{Id}");
    }

    /// <summary>Call, lot and a sequence: readable on the phone, unique by the application's id.</summary>
    public static string Reference(Call call, Application application) =>
        string.Create(CultureInfo.InvariantCulture, $"AP{call.Id:D3}-{call.Lots.Single(l => l.Id == application.LotId).Number}-{application.Id:D6}");

    private async Task<bool> Load(bool tracking)
    {
        var application = await ApplicationLoading.Full(OfficerApplications.Of(db, User), Id, tracking);
        if (application is null)
        {
            return false;
        }

        Application = application;
        Call = (await CallLoading.Full(db, application.CallId, tracking: false))!;
        Association = await AssociationProfile.Load(db, application.AssociationId) ?? throw new InvalidOperationException("An application without its association.");
        var lot = Call.Lots.Single(l => l.Id == application.LotId);
        var now = clock.GetUtcNow();
        var earlier = await db.Applications.CountAsync(a => a.AssociationId == application.AssociationId && a.LotId == application.LotId
            && a.State != ApplicationState.Withdrawn && a.State != ApplicationState.Draft);
        var late = await Reports.OverdueReports.Has(db, application.AssociationId, Platform.Localization.Formats.TodayInMorocco(clock));
        Problems = [.. Eligibility.Check(Call, Association, now, earlier, late), .. ApplicationRules.MissingParts(application, Call, lot)];
        return true;
    }
}
