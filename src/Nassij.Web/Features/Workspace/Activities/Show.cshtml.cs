using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Shared;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Files;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Activities;

/// <summary>One activity: recording what happened (participants, women, youth, outcome), the signed attendance sheet and photos.</summary>
[Authorize]
public sealed class ShowModel(NassijDb db, AssociationAccess access, Uploads uploads, Audit audit, TimeProvider clock,
    IStringLocalizer<WorkspaceText> text, IStringLocalizer<SharedText> shared) : PageModel
{
    private const int MaxPhotos = 12;

    [FromRoute]
    public int Id { get; set; }

    [FromRoute]
    public int ActivityId { get; set; }

    [BindProperty]
    public OutcomeForm Input { get; set; } = new();

    public WorkspaceContext Workspace { get; private set; } = null!;
    public Activity Activity { get; private set; } = null!;
    public string? AgreementNumber { get; private set; }

    public sealed class OutcomeForm
    {
        [Required(ErrorMessage = "This field is required.")]
        [Range(0, 100_000, ErrorMessage = "Enter a number between 0 and 100,000.")]
        [Display(Name = "Participants")]
        public int? Participants { get; set; }

        [Range(0, 100_000, ErrorMessage = "Enter a number between 0 and 100,000.")]
        [Display(Name = "Of whom women")]
        public int? Women { get; set; }

        [Range(0, 100_000, ErrorMessage = "Enter a number between 0 and 100,000.")]
        [Display(Name = "Of whom young people (under 30)")]
        public int? Youth { get; set; }

        [StringLength(2000, ErrorMessage = "This is too long.")]
        [Display(Name = "What came of it")]
        public string? Outcome { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        Input = new OutcomeForm { Participants = Activity.Participants, Women = Activity.Women, Youth = Activity.Youth, Outcome = Activity.Outcome };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? attendance, List<IFormFile>? photos, CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        if (Activity.StartsOn > Formats.TodayInMorocco(clock))
        {
            ModelState.AddModelError(string.Empty, text["An activity is recorded once it has taken place."]);
        }

        if (Input.Women > Input.Participants || Input.Youth > Input.Participants)
        {
            ModelState.AddModelError("Input.Women", text["These are part of the participants: not more than them."]);
        }

        photos ??= [];
        if (Activity.Photos.Count + photos.Count > MaxPhotos)
        {
            ModelState.AddModelError("photos", text["At most {0} photos per activity.", MaxPhotos]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (attendance is { Length: > 0 })
        {
            var sheet = await uploads.Save(attendance, [FileKind.Pdf, FileKind.Jpeg, FileKind.Png], Id, cancel);
            if (sheet.File is null)
            {
                ModelState.AddModelError("attendance", shared[UploadMessages.For(sheet.Refusal!.Value, "This file is not a PDF or an image (JPEG, PNG).")]);
                return Page();
            }

            Activity.AttendanceFileId = sheet.File.Id;
        }

        foreach (var photo in photos.Where(p => p.Length > 0))
        {
            var saved = await uploads.Save(photo, [FileKind.Jpeg, FileKind.Png], Id, cancel);
            if (saved.File is null)
            {
                ModelState.AddModelError("photos", $"{photo.FileName}: {shared[UploadMessages.For(saved.Refusal!.Value, "This file is not an image (JPEG, PNG).")]}");
                return Page();
            }

            Activity.Photos.Add(new ActivityPhoto { FileId = saved.File.Id });
        }

        Activity.Done = true;
        Activity.Participants = Input.Participants;
        Activity.Women = Input.Women;
        Activity.Youth = Input.Youth;
        Activity.Outcome = Input.Outcome?.Trim();
        audit.Record("activity.recorded", nameof(Activity), ActivityId.ToString(CultureInfo.InvariantCulture), after: new { Input.Participants, Input.Women, Input.Youth, Photos = Activity.Photos.Count });
        await db.SaveChangesAsync(cancel);
        TempData["Notice"] = text["The activity is recorded."].Value;
        return Redirect($"/workspace/{Id}/activities/{ActivityId}");
    }

    private async Task<bool> Load(CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, User, Id, cancel) is not { IsOfficer: true } workspace)
        {
            return false;
        }

        var activity = await db.Activities.Include(a => a.Photos).SingleOrDefaultAsync(a => a.Id == ActivityId && a.AssociationId == Id, cancel);
        if (activity is null)
        {
            return false;
        }

        Workspace = workspace;
        Activity = activity;
        AgreementNumber = activity.AgreementId is { } agreementId ? await db.Agreements.Where(a => a.Id == agreementId).Select(a => a.Number).SingleOrDefaultAsync(cancel) : null;
        return true;
    }
}
