using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Shared;
using Nassij.Web.Features.Support.Cases;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Mail;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Support.Desk;

/// <summary>/support/desk/cases/{id}: one case, for the advisers who work it.</summary>
[Authorize(Policy = Policies.SupportDesk)]
public sealed class WorkModel(NassijDb db, CaseAccess access, CaseWork work, CaseClock clock, CaseUploads uploads, SiteLinks links, Audit audit, TimeProvider time, IStringLocalizer<SharedText> shared, IStringLocalizer<SupportText> text) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [BindProperty]
    [StringLength(10_000, ErrorMessage = "This is too long.")]
    [Display(Name = "Message")]
    public string? Body { get; set; }

    [BindProperty]
    public bool InternalNote { get; set; }

    [BindProperty]
    public CaseStatus After { get; set; } = CaseStatus.WaitingForRequester;

    [BindProperty]
    public int? CannedId { get; set; }

    [BindProperty]
    public int? ArticleId { get; set; }

    [BindProperty]
    public Guid? SpecialistId { get; set; }

    [BindProperty]
    [StringLength(1000, ErrorMessage = "This is too long.")]
    public string? Reason { get; set; }

    [BindProperty]
    public string? MergeInto { get; set; }

    public CaseDetails Details { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel) =>
        await Load(cancel) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostWriteAsync(CancellationToken cancel)
    {
        if (await Load(cancel) is not { } c)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(Body))
        {
            ModelState.AddModelError(nameof(Body), shared["This field is required."]);
        }

        var files = await uploads.Receive(Request, ModelState, cancel);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await work.Write(c, await Me(cancel), Body!, InternalNote, After, files, cancel);
        await db.SaveChangesAsync(cancel);
        TempData["Notice"] = (InternalNote ? text["The note is added."] : text["The answer is sent."]).Value;
        return Redirect($"/support/desk/cases/{Id}");
    }

    /// <summary>Puts a canned answer or a link to an article into the message being written, without JavaScript.</summary>
    public async Task<IActionResult> OnPostInsertAsync(CancellationToken cancel)
    {
        if (await Load(cancel) is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        var insert = await Insertion(cancel);
        Body = string.IsNullOrWhiteSpace(Body) ? insert : $"{Body.TrimEnd()}\n\n{insert}";
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(CaseStatus status, CasePriority priority, int? queueId, Guid? assigneeId, CancellationToken cancel)
    {
        if (await Load(cancel) is not { } c)
        {
            return NotFound();
        }

        work.Change(c, status, priority, queueId is { } q && Details.Queues.Any(x => x.Id == q) ? q : c.QueueId);
        if (assigneeId is null || Details.Advisers.Any(a => a.Id == assigneeId))
        {
            await work.Assign(c, assigneeId, cancel);
        }

        return await Saved(cancel, "The case is updated.");
    }

    public async Task<IActionResult> OnPostTakeAsync(CancellationToken cancel)
    {
        if (await Load(cancel) is not { } c)
        {
            return NotFound();
        }

        var before = c.AssigneeId;
        c.AssigneeId = User.PersonId();
        audit.Record("case.taken", nameof(Case), c.Reference, new { AssigneeId = before }, new { c.AssigneeId });
        return await Saved(cancel, "The case is yours.");
    }

    public async Task<IActionResult> OnPostEscalateAsync(CancellationToken cancel)
    {
        if (await Load(cancel) is not { } c)
        {
            return NotFound();
        }

        var specialist = Details.Advisers.FirstOrDefault(a => a.Id == SpecialistId);
        if (specialist is null)
        {
            ModelState.AddModelError(nameof(SpecialistId), shared["This field is required."]);
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), text["Say what the specialist should look at."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await work.Escalate(c, await Me(cancel), specialist!, Reason!, cancel);
        return await Saved(cancel, "The case is escalated.");
    }

    public async Task<IActionResult> OnPostMergeAsync(CancellationToken cancel)
    {
        if (await Load(cancel) is not { } c)
        {
            return NotFound();
        }

        var reference = MergeInto?.Trim().ToUpperInvariant();
        var kept = reference is null ? null : await access.Workable(User).FirstOrDefaultAsync(x => x.Reference == reference, cancel);
        if (kept is null || kept.Id == c.Id || kept.MergedIntoId is not null)
        {
            ModelState.AddModelError(nameof(MergeInto), text["Give the reference of another case you can work on."]);
            return Page();
        }

        await work.Merge(c, kept, await Me(cancel), cancel);
        await db.SaveChangesAsync(cancel);
        TempData["Notice"] = text["The cases are merged."].Value;
        return Redirect($"/support/desk/cases/{kept.Id}");
    }

    public bool IsAtRisk => clock.IsAtRisk(Details.Case, time.GetUtcNow());

    public string FileLink(Guid fileId) => $"/support/cases/{Details.Case.Reference}/files/{fileId}";

    private async Task<IActionResult> Saved(CancellationToken cancel, string notice)
    {
        await db.SaveChangesAsync(cancel);
        TempData["Notice"] = text[notice].Value;
        return Redirect($"/support/desk/cases/{Id}");
    }

    private async Task<Case?> Load(CancellationToken cancel)
    {
        var c = await access.Workable(User).FirstOrDefaultAsync(x => x.Id == Id, cancel);
        if (c is not null)
        {
            Details = await CaseDetails.Load(db, work, c, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, cancel);
        }

        return c;
    }

    private async Task<Adviser> Me(CancellationToken cancel)
    {
        var me = User.PersonId()!.Value;
        var name = await db.Users.Where(u => u.Id == me).Select(u => u.DisplayName).SingleAsync(cancel);
        return new Adviser(me, name);
    }

    private async Task<string> Insertion(CancellationToken cancel)
    {
        if (CannedId is { } canned)
        {
            return await db.CannedAnswers.Where(a => a.Id == canned).Select(a => a.Body).FirstOrDefaultAsync(cancel) ?? string.Empty;
        }

        if (ArticleId is { } article && Details.Articles.FirstOrDefault(a => a.Id == article) is { } chosen)
        {
            return $"[{chosen.Title}]({links.Absolute($"/help/{chosen.Slug}")})";
        }

        return string.Empty;
    }
}
