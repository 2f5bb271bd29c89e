using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Funding.Calls;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Files;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Funding.Applications;

/// <summary>An application for its association's officers: edited while a draft (every save keeps the draft), read once submitted.</summary>
[Authorize]
[RequestSizeLimit(60 * 1024 * 1024)]
public sealed record CriterionFeedback(string Label, int MaxPoints, decimal Average, IReadOnlyList<string> Justifications);

public sealed class EditModel(NassijDb db, Uploads uploads, Audit audit, TimeProvider clock, IStringLocalizer<FundingText> text) : PageModel
{
    private static readonly FileKind[] Documents = [FileKind.Pdf, FileKind.Jpeg, FileKind.Png, FileKind.Docx, FileKind.Xlsx];

    [FromRoute]
    public int Id { get; set; }

    [BindProperty]
    public ApplicationForm Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public Application Application { get; private set; } = null!;
    public Call Call { get; private set; } = null!;
    public Lot Lot { get; private set; } = null!;
    public string AssociationName { get; private set; } = string.Empty;
    public DateTimeOffset Now { get; private set; }
    public IReadOnlyList<CriterionFeedback> Feedback { get; private set; } = [];
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";
    public bool CanWithdraw => Application.State is ApplicationState.Draft or ApplicationState.Submitted && Call.AcceptsApplicationsAt(Now);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await Load())
        {
            return NotFound();
        }

        Input = ApplicationRules.ToForm(Application);
        Version = Application.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await Load())
        {
            return NotFound();
        }

        if (!Application.IsDraft)
        {
            return BadRequest();
        }

        // Files first: a mistake elsewhere in the form must not lose them.
        await ReceiveFiles();
        if (!ModelState.IsValid)
        {
            await db.SaveChangesAsync();
            Input.PadLines();
            return Page();
        }

        db.Entry(Application).Property(a => a.Version).OriginalValue = Version;
        ApplicationRules.Apply(Input, Application, Now);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, text["This application was changed in another window or by another officer. Your changes are still in the form: check them and save again."]);
            Input.PadLines();
            return Page();
        }

        TempData["Notice"] = text["The draft is saved."].Value;
        return Redirect($"/my/applications/{Id}#saved");
    }

    /// <summary>The script's save as you go: the same as Save without files; answers the new version.</summary>
    public async Task<IActionResult> OnPostAutosaveAsync()
    {
        if (!await Load() || !Application.IsDraft)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        db.Entry(Application).Property(a => a.Version).OriginalValue = Version;
        ApplicationRules.Apply(Input, Application, Now);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return StatusCode(StatusCodes.Status409Conflict);
        }

        return Content(Application.Version.ToString(CultureInfo.InvariantCulture), "text/plain");
    }

    public async Task<IActionResult> OnPostRemoveAttachmentAsync(int attachmentId)
    {
        if (!await Load() || !Application.IsDraft)
        {
            return NotFound();
        }

        Application.Attachments.RemoveAll(a => a.Id == attachmentId);
        Application.UpdatedAt = Now;
        await db.SaveChangesAsync();
        return Redirect($"/my/applications/{Id}#attachments");
    }

    public async Task<IActionResult> OnPostWithdrawAsync()
    {
        if (!await Load())
        {
            return NotFound();
        }

        if (!CanWithdraw)
        {
            ModelState.AddModelError(string.Empty, text["This application can no longer be withdrawn."]);
            Input = ApplicationRules.ToForm(Application);
            return Page();
        }

        var before = Application.State;
        Application.State = ApplicationState.Withdrawn;
        Application.UpdatedAt = Now;
        audit.Record("application.withdrawn", nameof(Application), Application.Id, before: new { State = before }, after: new { Application.State });
        await db.SaveChangesAsync();
        TempData["Notice"] = text["The application is withdrawn."].Value;
        return Redirect("/my/applications");
    }

    private async Task ReceiveFiles()
    {
        foreach (var upload in Request.Form.Files)
        {
            int? documentId = upload.Name.StartsWith("Document_", StringComparison.Ordinal)
                && int.TryParse(upload.Name["Document_".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                && Call.Documents.Any(x => x.Id == d) ? d : null;
            if (documentId is null && upload.Name != "OtherDocument")
            {
                continue;
            }

            var result = await uploads.Save(upload, Documents, Application.AssociationId);
            if (result.Refusal is { } refusal)
            {
                ModelState.AddModelError(upload.Name, text[refusal switch
                {
                    UploadRefusal.TooLarge => "This file is too large: 10 MB at most.",
                    UploadRefusal.Empty => "This file is empty.",
                    _ => "This file is not a PDF, an image (JPEG, PNG), a Word or an Excel document.",
                }]);
                continue;
            }

            if (documentId is not null)
            {
                Application.Attachments.RemoveAll(a => a.RequiredDocumentId == documentId);
            }

            Application.Attachments.Add(new ApplicationAttachment { RequiredDocumentId = documentId, FileId = result.File!.Id, FileName = result.File.FileName });
            Application.UpdatedAt = Now;
        }
    }

    private async Task<bool> Load()
    {
        var application = await ApplicationLoading.Full(OfficerApplications.Of(db, User), Id);
        if (application is null)
        {
            return false;
        }

        Application = application;
        Call = (await CallLoading.Full(db, application.CallId, tracking: false))!;
        Lot = Call.Lots.Single(l => l.Id == application.LotId);
        AssociationName = await db.Associations.Where(a => a.Id == application.AssociationId).Select(a => Arabic ? a.NameAr : a.NameFr).SingleAsync();
        Now = clock.GetUtcNow();
        if (Call.State is CallState.ResultsPublished or CallState.Archived)
        {
            await LoadFeedback();
        }

        return true;
    }

    /// <summary>Equal treatment made visible: once results are out, the applicant reads each criterion's average and the evaluators' reasons, without their names.</summary>
    private async Task LoadFeedback()
    {
        var scores = await db.Evaluations.AsNoTracking()
            .Where(e => e.ApplicationId == Id && e.State == Evaluations.EvaluationState.Submitted)
            .SelectMany(e => e.Scores).Select(s => new { s.CriterionId, s.Points, s.Justification })
            .ToListAsync();
        Feedback = [.. Call.Criteria.OrderBy(c => c.Number).Select(c =>
        {
            var mine = scores.Where(s => s.CriterionId == c.Id).ToList();
            return new CriterionFeedback(c.Label(Arabic), c.MaxPoints, mine.Count == 0 ? 0 : Math.Round((decimal)mine.Average(s => s.Points ?? 0), 2), [.. mine.Select(s => s.Justification)]);
        }).Where(f => f.Justifications.Count > 0)];
    }
}
