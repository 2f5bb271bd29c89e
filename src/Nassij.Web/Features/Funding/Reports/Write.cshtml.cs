using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Funding.Agreements;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Files;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Funding.Reports;

/// <summary>The report on one tranche: written and submitted by the association's officers, verified by ministry staff
/// who approve it (releasing the next tranche, or completing the agreement) or ask for changes line by line.</summary>
[Authorize]
[RequestSizeLimit(80 * 1024 * 1024)]
public sealed class WriteModel(NassijDb db, AgreementAccess access, AgreementNotices notices, Uploads uploads, Audit audit, TimeProvider clock, IStringLocalizer<FundingText> text) : PageModel
{
    private static readonly FileKind[] Proofs = [FileKind.Pdf, FileKind.Jpeg, FileKind.Png];

    [FromRoute]
    public int Id { get; set; }

    [FromRoute]
    public int Tranche { get; set; }

    [BindProperty]
    public ReportForm Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? ReviewNote { get; set; }

    [BindProperty]
    public List<string?> LineNotes { get; set; } = [];

    public Agreement Agreement { get; private set; } = null!;
    public Application Application { get; private set; } = null!;
    public Report Report { get; private set; } = null!;
    public IReadOnlyList<Reason> Missing { get; private set; } = [];
    public bool IsOfficer { get; private set; }
    public bool IsManager => AgreementAccess.IsManager(User);
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await Load())
        {
            return NotFound();
        }

        Input = ReportRules.ToForm(Report, Application);
        Version = Report.Version;
        return Page();
    }

    public Task<IActionResult> OnPostAsync() => Save(submit: false);

    public Task<IActionResult> OnPostSubmitAsync() => Save(submit: true);

    /// <summary>The activities recorded in the workspace under this agreement, added to the narrative for the officer
    /// to read over before saving; what was typed stays.</summary>
    public async Task<IActionResult> OnPostPullActivitiesAsync(CancellationToken cancel)
    {
        if (!await Load() || !IsOfficer || !Report.IsEditable)
        {
            return NotFound();
        }

        (string digest, int participants) = await Workspace.Activities.ActivityDigest.For(db, Agreement.AssociationId, Agreement.Id,
            a => text["{0}, {1} ({2}): {3} participants, of whom {4} women. {5}", Formats.Date(a.StartsOn), a.Title, a.Place,
                Workspace.Activities.ActivityDigest.Count(a.Participants), Workspace.Activities.ActivityDigest.Count(a.Women), a.Outcome ?? ""].Value.Trim(), cancel);
        if (digest.Length == 0)
        {
            ModelState.AddModelError("Input.ActivitiesDone", text["No activity is recorded under this agreement in the workspace yet."]);
            return Page();
        }

        ModelState.Remove("Input.ActivitiesDone");
        ModelState.Remove("Input.BeneficiariesReached");
        Input.ActivitiesDone = string.IsNullOrWhiteSpace(Input.ActivitiesDone) ? digest : $"{Input.ActivitiesDone.TrimEnd()}\n{digest}";
        Input.BeneficiariesReached ??= participants;
        return Page();
    }

    public Task<IActionResult> OnPostApproveAsync() => Review(approve: true);

    public Task<IActionResult> OnPostRequestChangesAsync() => Review(approve: false);

    private async Task<IActionResult> Save(bool submit)
    {
        if (!await Load() || !IsOfficer)
        {
            return NotFound();
        }

        if (!Report.IsEditable)
        {
            return Redirect(Here);
        }

        await ReceiveProofs();
        if (!await ProofsBelongToTheAssociation())
        {
            return BadRequest();
        }

        if (!ModelState.IsValid)
        {
            await db.SaveChangesAsync();
            Input.PadLines();
            return Page();
        }

        ReportRules.Apply(Input, Report, Application);
        if (Report.Id == 0)
        {
            db.Reports.Add(Report);
        }
        else
        {
            db.Entry(Report).Property(r => r.Version).OriginalValue = Version;
        }

        if (submit)
        {
            Missing = ReportRules.Missing(Report, Application);
            if (Missing.Count > 0)
            {
                await db.SaveChangesAsync();
                Input = ReportRules.ToForm(Report, Application);
                Version = Report.Version;
                return Page();
            }

            var before = Report.State;
            Report.State = ReportState.Submitted;
            Report.SubmittedAt = clock.GetUtcNow();
            audit.Record("report.submitted", nameof(Agreement), Agreement.Number, before: new { Tranche, State = before }, after: new { Tranche, Report.State, Spent = Report.Expenses.Sum(e => e.Amount) });
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, text["This report was changed in another window or by another officer. Your changes are still in the form: check them and save again."]);
            Input.PadLines();
            return Page();
        }

        TempData["Notice"] = (submit ? text["The report is submitted. Ministry staff will verify it."] : text["The report is saved."]).Value;
        return Redirect(Here);
    }

    private async Task<IActionResult> Review(bool approve)
    {
        if (!await Load() || !IsManager)
        {
            return NotFound();
        }

        if (Report.State != ReportState.Submitted)
        {
            return Redirect(Here);
        }

        var notes = Report.Expenses.OrderBy(e => e.Number).Select((e, i) => (Expense: e, Note: LineNotes.ElementAtOrDefault(i)?.Trim())).ToList();
        if (!approve && string.IsNullOrWhiteSpace(ReviewNote) && notes.All(n => string.IsNullOrEmpty(n.Note)))
        {
            ModelState.AddModelError(nameof(ReviewNote), text["Say what must change, in general or on the lines concerned."]);
            Input = ReportRules.ToForm(Report, Application);
            return Page();
        }

        foreach (var (expense, note) in notes)
        {
            expense.ReviewNote = approve || string.IsNullOrEmpty(note) ? null : note;
        }

        Report.State = approve ? ReportState.Approved : ReportState.ChangesRequested;
        Report.ReviewedAt = clock.GetUtcNow();
        Report.ReviewedById = User.PersonId();
        Report.ReviewNote = ReviewNote?.Trim();
        if (approve)
        {
            ReportRules.Approved(Report, Agreement);
        }

        audit.Record(approve ? "report.approved" : "report.changes-requested", nameof(Agreement), Agreement.Number, after: new { Tranche, Report.State, Report.ReviewNote });
        await notices.Tell(Agreement, approve ? "Your report is approved" : "Changes are needed in your report",
            approve ? "Hello {0},\n\nThe report on tranche {3} of agreement {1} is approved." : "Hello {0},\n\nThe ministry asks for changes in the report on tranche {3} of agreement {1}:\n{4}\n\nThe lines concerned are marked in Nassij.",
            Tranche, Report.ReviewNote ?? string.Empty);
        await db.SaveChangesAsync();
        TempData["Notice"] = (approve ? text["The report is approved."] : text["The association is asked for changes."]).Value;
        return Redirect(Here);
    }

    private string Here => $"/agreements/{Id}/reports/{Tranche}";

    private async Task ReceiveProofs()
    {
        for (var i = 0; i < Input.Expenses.Count; i++)
        {
            var upload = Request.Form.Files.GetFile($"Proof_{i}");
            if (upload is null)
            {
                continue;
            }

            var result = await uploads.Save(upload, Proofs, Agreement.AssociationId);
            if (result.File is null)
            {
                ModelState.AddModelError($"Proof_{i}", text["A supporting document is a PDF, JPEG or PNG of 10 MB at most."]);
                continue;
            }

            Input.Expenses[i].FileId = result.File.Id;
            Input.Expenses[i].FileName = result.File.FileName;
            ModelState.Remove($"Input.Expenses[{i}].FileId");
            ModelState.Remove($"Input.Expenses[{i}].FileName");
        }
    }

    /// <summary>File ids come back from hidden fields: only the association's own files are accepted.</summary>
    private async Task<bool> ProofsBelongToTheAssociation()
    {
        Guid[] ids = [.. Input.Expenses.Where(e => e.FileId is not null).Select(e => e.FileId!.Value).Distinct()];
        var known = db.StoredFiles.Local.Where(f => ids.Contains(f.Id) && f.AssociationId == Agreement.AssociationId).Select(f => f.Id).ToHashSet();
        var stored = await db.StoredFiles.Where(f => ids.Contains(f.Id) && f.AssociationId == Agreement.AssociationId).Select(f => f.Id).ToListAsync();
        known.UnionWith(stored);
        return ids.All(known.Contains);
    }

    private async Task<bool> Load()
    {
        var agreement = await db.Agreements.Include(a => a.Tranches).FirstOrDefaultAsync(a => a.Id == Id);
        if (agreement is null || !await access.CanRead(User, agreement))
        {
            return false;
        }

        Agreement = agreement;
        IsOfficer = await access.IsOfficer(User, agreement);
        Application = (await ApplicationLoading.Full(db.Applications, agreement.ApplicationId, tracking: false))!;
        var reports = await db.Reports.Include(r => r.Expenses).Include(r => r.Indicators).AsSplitQuery().Where(r => r.AgreementId == Id).ToListAsync();
        var report = reports.FirstOrDefault(r => r.TrancheNumber == Tranche);
        if (report is null)
        {
            if (!ReportRules.MayStart(agreement, Tranche, reports))
            {
                return false;
            }

            report = new Report { AgreementId = Id, TrancheNumber = Tranche, IsFinal = Tranche == agreement.Tranches.Count };
        }

        Report = report;
        return true;
    }
}
