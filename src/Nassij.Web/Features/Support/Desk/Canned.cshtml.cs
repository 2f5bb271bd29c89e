using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Support.Cases;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Support.Desk;

public sealed class CannedForm
{
    [Required(ErrorMessage = "This field is required.")]
    [StringLength(150, ErrorMessage = "This is too long.")]
    [Display(Name = "Title")]
    public string? Title { get; set; }

    [Display(Name = "Language")]
    public string Language { get; set; } = "ar";

    [Display(Name = "Topic")]
    public CaseTopic? Topic { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(8000, ErrorMessage = "This is too long.")]
    [Display(Name = "Text (Markdown)")]
    public string? Body { get; set; }
}

/// <summary>/support/desk/canned: the ready-made answers; advisers read them, supervisors write them.</summary>
[Authorize(Policy = Policies.SupportDesk)]
public sealed class CannedModel(NassijDb db, Audit audit, IStringLocalizer<SupportText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public CannedForm Input { get; set; } = new();

    public IReadOnlyList<CannedAnswer> Answers { get; private set; } = [];
    public bool CanEdit => CaseAccess.IsSupervisor(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (Id is { } id && CanEdit)
        {
            var answer = await db.CannedAnswers.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancel);
            if (answer is null)
            {
                return NotFound();
            }

            Input = new CannedForm { Title = answer.Title, Language = answer.Language, Topic = answer.Topic, Body = answer.Body };
        }

        await Load(cancel);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        var answer = Id is { } id ? await db.CannedAnswers.FirstOrDefaultAsync(a => a.Id == id, cancel) : new CannedAnswer { Title = "", Language = "ar", Body = "" };
        if (answer is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            await Load(cancel);
            return Page();
        }

        (answer.Title, answer.Language, answer.Topic, answer.Body) = (Input.Title!.Trim(), Input.Language is "fr" or "en" ? Input.Language : "ar", Input.Topic, Input.Body!.Trim());
        if (answer.Id == 0)
        {
            db.CannedAnswers.Add(answer);
        }

        await db.SaveChangesAsync(cancel);
        audit.Record(Id is null ? "canned.added" : "canned.edited", nameof(CannedAnswer), answer.Id);
        await db.SaveChangesAsync(cancel);
        TempData["Notice"] = text["The canned answer is saved."].Value;
        return Redirect("/support/desk/canned");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancel)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        await db.CannedAnswers.Where(a => a.Id == id).ExecuteDeleteAsync(cancel);
        audit.Record("canned.deleted", nameof(CannedAnswer), id);
        await db.SaveChangesAsync(cancel);
        return Redirect("/support/desk/canned");
    }

    // A centre has tens of canned answers, not thousands: one short list.
    private async Task Load(CancellationToken cancel) =>
        Answers = await db.CannedAnswers.AsNoTracking().OrderBy(a => a.Language).ThenBy(a => a.Title).Take(500).ToListAsync(cancel);
}
