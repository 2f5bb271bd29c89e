using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Funding.Calls;

public sealed record LotProgress(int LotId, ApplicationState State, int Count);

/// <summary>A call seen by the people who run it: what is missing, publication, cancellation, where applications stand.</summary>
[Authorize(Policy = Policies.CallManagement)]
public sealed class OverviewModel(NassijDb db, Audit audit, Selection.ResultNotices notices, TimeProvider clock, IStringLocalizer<FundingText> text) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "This field is required.")]
    [StringLength(1000, ErrorMessage = "This is too long.")]
    [Display(Name = "Reason for cancelling (shown to the public)")]
    public string? CancelReason { get; set; }

    public Call Call { get; private set; } = null!;
    public IReadOnlyList<string> Missing { get; private set; } = [];
    public IReadOnlyList<LotProgress> Progress { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task<IActionResult> OnGetAsync()
    {
        ModelState.Clear();
        return await Show();
    }

    public async Task<IActionResult> OnPostPublishAsync()
    {
        ModelState.Clear();
        var call = await CallLoading.Full(db, Id);
        if (call is null)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        if (call.State != CallState.Draft || CallRules.MissingForPublication(call, now).Count > 0)
        {
            ModelState.AddModelError(string.Empty, text["This call cannot be published yet: see what is missing."]);
            return await Show();
        }

        call.State = CallState.Published;
        call.PublishedAt = now;
        audit.Record("call.published", nameof(Call), call.Id, before: new { State = CallState.Draft }, after: new { call.State });
        await db.SaveChangesAsync();
        TempData["Notice"] = text["The call is published: it is on the public page of calls."].Value;
        return Redirect($"/staff/calls/{Id}");
    }

    public async Task<IActionResult> OnPostCancelAsync()
    {
        var call = await db.Calls.FirstOrDefaultAsync(c => c.Id == Id);
        if (call is null)
        {
            return NotFound();
        }

        if (call.State is not (CallState.Draft or CallState.Published))
        {
            ModelState.AddModelError(string.Empty, text["This call can no longer be cancelled."]);
        }

        if (!ModelState.IsValid)
        {
            return await Show();
        }

        var before = call.State;
        call.State = CallState.Cancelled;
        call.CancelReason = CancelReason!.Trim();
        audit.Record("call.cancelled", nameof(Call), call.Id, before: new { State = before }, after: new { call.State, Reason = call.CancelReason });
        await db.SaveChangesAsync();
        TempData["Notice"] = text["The call is cancelled."].Value;
        return Redirect($"/staff/calls/{Id}");
    }

    public async Task<IActionResult> OnPostPublishResultsAsync(CancellationToken cancel)
    {
        ModelState.Clear();
        var call = await CallLoading.Full(db, Id);
        if (call is null)
        {
            return NotFound();
        }

        var undecided = await db.Applications.CountAsync(a => a.CallId == Id
            && (a.State == ApplicationState.Submitted || a.State == ApplicationState.Eligible || a.State == ApplicationState.Evaluated), cancel);
        var committed = await db.Applications.Where(a => a.CallId == Id && a.State == ApplicationState.Selected)
            .GroupBy(a => a.LotId).Select(g => new { g.Key, Total = g.Sum(a => a.GrantedAmount ?? 0) }).ToListAsync(cancel);
        var overspent = committed.Any(c => !Selection.SelectionRules.WithinEnvelope(c.Total, call.Lots.Single(l => l.Id == c.Key).Envelope));
        var lotsWithApplications = await db.Applications.Where(a => a.CallId == Id && a.State != ApplicationState.Draft && a.State != ApplicationState.Withdrawn)
            .Select(a => a.LotId).Distinct().ToListAsync(cancel);
        var decided = await db.Decisions.Where(d => d.CallId == Id).Select(d => d.LotId).ToListAsync(cancel);
        var unrecorded = lotsWithApplications.Except(decided).Any();
        if (call.State != CallState.Evaluation || undecided > 0 || overspent || unrecorded)
        {
            ModelState.AddModelError(string.Empty, text["Results are published once every application is screened and decided, each lot within its envelope and its decision recorded."]);
            return await Show();
        }

        call.State = CallState.ResultsPublished;
        audit.Record("call.results-published", nameof(Call), call.Id, before: new { State = CallState.Evaluation }, after: new { call.State });
        await db.SaveChangesAsync(cancel);
        await notices.Tell(call, cancel);
        TempData["Notice"] = text["The results are published and every applicant is told by e-mail."].Value;
        return Redirect($"/staff/calls/{Id}");
    }

    private async Task<IActionResult> Show()
    {
        var call = await CallLoading.Full(db, Id, tracking: false);
        if (call is null)
        {
            return NotFound();
        }

        Call = call;
        Now = clock.GetUtcNow();
        Missing = call.State == CallState.Draft ? CallRules.MissingForPublication(call, Now) : [];
        Progress = await db.Applications.Where(a => a.CallId == Id)
            .GroupBy(a => new { a.LotId, a.State })
            .Select(g => new LotProgress(g.Key.LotId, g.Key.State, g.Count()))
            .ToListAsync();
        return Page();
    }
}
