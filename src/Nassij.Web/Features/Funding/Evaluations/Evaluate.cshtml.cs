using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Features.Funding.Calls;
using Nassij.Web.Features.Funding.Screening;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Geography;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Funding.Evaluations;

public sealed class ScoreLine
{
    public int CriterionId { get; set; }

    [Range(0, 1000, ErrorMessage = "Enter a number between {1} and {2}.")]
    public int? Points { get; set; }

    [StringLength(4000, ErrorMessage = "This is too long.")]
    public string? Justification { get; set; }
}

/// <summary>One assignment, for its evaluator only: the conflict-of-interest declaration comes first, then
/// the content and the grid. Other evaluators' scores are never shown here.</summary>
[Authorize(Policy = Policies.Evaluation)]
public sealed class EvaluateModel(NassijDb db, Assigner assigner, Audit audit, TimeProvider clock, Geography places, IStringLocalizer<FundingText> text) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [BindProperty]
    public bool? Conflict { get; set; }

    [BindProperty]
    [StringLength(1000, ErrorMessage = "This is too long.")]
    [Display(Name = "What ties you to the applicant")]
    public string? ConflictReason { get; set; }

    [BindProperty]
    public List<ScoreLine> Scores { get; set; } = [];

    [BindProperty]
    public int Version { get; set; }

    public Evaluation Evaluation { get; private set; } = null!;
    public Application Application { get; private set; } = null!;
    public Call Call { get; private set; } = null!;
    public string Applicant { get; private set; } = string.Empty;
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task<IActionResult> OnGetAsync()
    {
        ModelState.Clear();
        if (!await Load())
        {
            return NotFound();
        }

        Scores = [.. Call.Criteria.OrderBy(c => c.Number).Select(c =>
        {
            var score = Evaluation.Scores.FirstOrDefault(s => s.CriterionId == c.Id);
            return new ScoreLine { CriterionId = c.Id, Points = score?.Points, Justification = score?.Justification };
        })];
        Version = Evaluation.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostDeclareAsync()
    {
        if (!await Load())
        {
            return NotFound();
        }

        if (Evaluation.State != EvaluationState.Assigned)
        {
            return Redirect($"/evaluations/{Id}");
        }

        if (Conflict is null)
        {
            ModelState.AddModelError(nameof(Conflict), text["Say whether you have a conflict of interest."]);
        }
        else if (Conflict == true && string.IsNullOrWhiteSpace(ConflictReason))
        {
            ModelState.AddModelError(nameof(ConflictReason), text["Say what ties you to the applicant."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Evaluation.DeclaredAt = clock.GetUtcNow();
        if (Conflict == true)
        {
            Evaluation.State = EvaluationState.Recused;
            Evaluation.ConflictReason = ConflictReason!.Trim();
            await assigner.Replace(Call, Application, Evaluation.EvaluatorId);
            audit.Record("evaluation.recused", nameof(Application), Application.Id, after: new { Evaluation.Id, Evaluation.ConflictReason });
            await db.SaveChangesAsync();
            TempData["Notice"] = text["Thank you: the application goes to another evaluator."].Value;
            return Redirect("/evaluations");
        }

        Evaluation.State = EvaluationState.InProgress;
        audit.Record("evaluation.no-conflict-declared", nameof(Application), Application.Id, after: new { Evaluation.Id });
        await db.SaveChangesAsync();
        return Redirect($"/evaluations/{Id}");
    }

    public Task<IActionResult> OnPostSaveAsync() => Score(submit: false);

    public Task<IActionResult> OnPostSubmitAsync() => Score(submit: true);

    private async Task<IActionResult> Score(bool submit)
    {
        if (!await Load())
        {
            return NotFound();
        }

        if (Evaluation.State != EvaluationState.InProgress)
        {
            return Redirect($"/evaluations/{Id}");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        foreach (var line in Scores.Where(l => Call.Criteria.Any(c => c.Id == l.CriterionId)))
        {
            var score = Evaluation.Scores.FirstOrDefault(s => s.CriterionId == line.CriterionId);
            if (score is null)
            {
                score = new Score { CriterionId = line.CriterionId };
                Evaluation.Scores.Add(score);
            }

            score.Points = line.Points;
            score.Justification = line.Justification?.Trim() ?? string.Empty;
        }

        if (submit)
        {
            foreach (var reason in Scoring.Incomplete(Evaluation, Call.Criteria))
            {
                ModelState.AddModelError(string.Empty, text[reason.Key, reason.Args]);
            }

            if (!ModelState.IsValid)
            {
                return Page();
            }

            Evaluation.State = EvaluationState.Submitted;
            Evaluation.SubmittedAt = clock.GetUtcNow();
            Evaluation.Total = Evaluation.Scores.Sum(s => s.Points ?? 0);
            audit.Record("evaluation.submitted", nameof(Application), Application.Id, after: new { Evaluation.Id, Evaluation.Total });
        }

        db.Entry(Evaluation).Property(e => e.Version).OriginalValue = Version;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, text["This evaluation was changed in another window. Your scores are still in the form: check them and save again."]);
            return Page();
        }

        if (submit)
        {
            var all = await db.Evaluations.Where(e => e.ApplicationId == Application.Id).ToListAsync();
            Scoring.Conclude(Application, all);
            await db.SaveChangesAsync();
        }

        TempData["Notice"] = (submit ? text["Your evaluation is submitted and locked."] : text["Your scores are saved."]).Value;
        return Redirect(submit ? "/evaluations" : $"/evaluations/{Id}");
    }

    private async Task<bool> Load()
    {
        var me = User.PersonId();
        var evaluation = await db.Evaluations.Include(e => e.Scores).FirstOrDefaultAsync(e => e.Id == Id && e.EvaluatorId == me);
        if (evaluation is null)
        {
            return false;
        }

        Evaluation = evaluation;
        Application = (await ApplicationLoading.Full(db.Applications, evaluation.ApplicationId))!;
        Call = (await CallLoading.Full(db, evaluation.CallId, tracking: false))!;
        var association = await db.Associations.AsNoTracking().Where(a => a.Id == Application.AssociationId)
            .Select(a => new { a.NameAr, a.NameFr, a.ProvinceCode }).SingleAsync();
        // In a blind review the evaluator learns only where the applicant is, to judge a conflict of interest.
        Applicant = Call.BlindReview
            ? text["An association of {0}", places.Province(association.ProvinceCode)?.Name(Arabic) ?? ""].Value
            : Arabic ? association.NameAr : association.NameFr;
        return true;
    }
}
