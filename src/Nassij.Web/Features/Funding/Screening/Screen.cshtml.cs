using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Features.Funding.Calls;
using Nassij.Web.Features.Funding.Evaluations;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Funding.Screening;

public sealed record EvaluationRow(int Id, Guid EvaluatorId, string Evaluator, EvaluationState State, string? ConflictReason);

/// <summary>One application for the staff who screen it: eligible, or not with a reason the applicant reads;
/// who evaluates it, and a hand-made reassignment.</summary>
[Authorize(Policy = Policies.CallManagement)]
public sealed class ScreenModel(NassijDb db, Assigner assigner, Audit audit, TimeProvider clock, IStringLocalizer<FundingText> text) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [BindProperty]
    public bool? Eligible { get; set; }

    [BindProperty]
    [StringLength(2000, ErrorMessage = "This is too long.")]
    [Display(Name = "Reason the applicant will read")]
    public string? Reason { get; set; }

    public Application Application { get; private set; } = null!;
    public Call Call { get; private set; } = null!;
    public string AssociationName { get; private set; } = string.Empty;
    public IReadOnlyList<EvaluationRow> Evaluations { get; private set; } = [];
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public bool CanScreen => Application.State is ApplicationState.Submitted or ApplicationState.Eligible or ApplicationState.Ineligible
        && !Call.AcceptsApplicationsAt(clock.GetUtcNow()) && Evaluations.All(e => e.State != EvaluationState.Submitted);

    public async Task<IActionResult> OnGetAsync()
    {
        ModelState.Clear();
        return await Load() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostScreenAsync()
    {
        if (!await Load())
        {
            return NotFound();
        }

        if (!CanScreen)
        {
            ModelState.AddModelError(string.Empty, text["Applications are screened after the call closes, and before any evaluation is submitted."]);
        }

        if (Eligible is null)
        {
            ModelState.AddModelError(nameof(Eligible), text["Choose eligible or not eligible."]);
        }
        else if (Eligible == false && string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), text["Give the reason: the applicant will read it."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var before = Application.State;
        Application.State = Eligible == true ? ApplicationState.Eligible : ApplicationState.Ineligible;
        Application.ScreeningReason = Eligible == true ? null : Reason!.Trim();
        Application.ScreenedAt = clock.GetUtcNow();
        if (Call.State == CallState.Published)
        {
            await db.Calls.Where(c => c.Id == Call.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.State, CallState.Evaluation));
        }

        audit.Record("application.screened", nameof(Application), Application.Id, before: new { State = before }, after: new { Application.State, Reason = Application.ScreeningReason });
        await db.SaveChangesAsync();
        TempData["Notice"] = text["The screening is recorded."].Value;
        return Redirect($"/staff/applications/{Id}");
    }

    public async Task<IActionResult> OnPostReassignAsync(int evaluationId)
    {
        if (!await Load())
        {
            return NotFound();
        }

        var evaluation = await db.Evaluations.FirstOrDefaultAsync(e => e.Id == evaluationId && e.ApplicationId == Id);
        if (evaluation is null || evaluation.State == EvaluationState.Submitted)
        {
            ModelState.AddModelError(string.Empty, text["A submitted evaluation stays with its evaluator."]);
            return Page();
        }

        var replacement = await assigner.Replace(Call, Application, evaluation.EvaluatorId);
        if (replacement is null)
        {
            ModelState.AddModelError(string.Empty, text["No other member of the committee is free to evaluate this application."]);
            return Page();
        }

        db.Evaluations.Remove(evaluation);
        audit.Record("evaluation.reassigned", nameof(Application), Application.Id, before: new { evaluation.EvaluatorId }, after: new { EvaluatorId = replacement });
        await db.SaveChangesAsync();
        TempData["Notice"] = text["The evaluation is reassigned."].Value;
        return Redirect($"/staff/applications/{Id}");
    }

    private async Task<bool> Load()
    {
        var application = await ApplicationLoading.Full(db.Applications.Where(a => a.State != ApplicationState.Draft), Id);
        if (application is null)
        {
            return false;
        }

        Application = application;
        Call = (await CallLoading.Full(db, application.CallId, tracking: false))!;
        AssociationName = await db.Associations.Where(a => a.Id == application.AssociationId).Select(a => Arabic ? a.NameAr : a.NameFr).SingleAsync();
        Evaluations = await db.Evaluations.AsNoTracking().Where(e => e.ApplicationId == Id).OrderBy(e => e.Id)
            .Join(db.Users, e => e.EvaluatorId, u => u.Id, (e, u) => new EvaluationRow(e.Id, e.EvaluatorId, u.DisplayName, e.State, e.ConflictReason))
            .ToListAsync();
        Eligible ??= application.State switch { ApplicationState.Eligible => true, ApplicationState.Ineligible => false, _ => null };
        Reason ??= application.ScreeningReason;
        return true;
    }
}
