using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Support.Cases;

/// <summary>/support/cases/{reference}: the requester follows their question, answers, and rates the answer.</summary>
public sealed class FollowModel(NassijDb db, CaseAccess access, CaseClock clock, CaseWork work, CaseKeys keys, CaseUploads uploads, Audit audit, TimeProvider time, IStringLocalizer<SupportText> text) : PageModel
{
    [FromRoute]
    public string Reference { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? Key { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "This field is required.")]
    [StringLength(10_000, ErrorMessage = "This is too long.")]
    [Display(Name = "Your message")]
    public string? Message { get; set; }

    [BindProperty]
    [Range(1, 5, ErrorMessage = "Choose from 1 to 5.")]
    [Display(Name = "Your rating")]
    public int? Rating { get; set; }

    [BindProperty]
    [StringLength(2000, ErrorMessage = "This is too long.")]
    [Display(Name = "Comment (optional)")]
    public string? Comment { get; set; }

    public Case Case { get; private set; } = null!;
    public IReadOnlyList<ConversationEntry> Entries { get; private set; } = [];
    public string? MergedIntoLink { get; private set; }

    public string FileLink(Guid fileId) => $"/support/cases/{Reference}/files/{fileId}?key={Uri.EscapeDataString(Key ?? string.Empty)}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel) =>
        await Load(cancel) ? Page() : NotFound();

    public async Task<IActionResult> OnPostReplyAsync(CancellationToken cancel)
    {
        if (!await Load(cancel, track: true))
        {
            return NotFound();
        }

        ModelState.Remove(nameof(Rating));
        ModelState.Remove(nameof(Comment));
        var files = await uploads.Receive(Request, ModelState, cancel);
        if (!ModelState.IsValid || Case.MergedIntoId is not null)
        {
            return Page();
        }

        await work.RequesterWrites(Case, User.PersonId(), Message!, CaseChannel.Web, files, null, cancel);
        await db.SaveChangesAsync(cancel);
        TempData["Notice"] = text["Your message is added to your question."].Value;
        return Redirect(Self);
    }

    public async Task<IActionResult> OnPostRateAsync(CancellationToken cancel)
    {
        if (!await Load(cancel, track: true))
        {
            return NotFound();
        }

        ModelState.Remove(nameof(Message));
        if (Rating is null)
        {
            ModelState.AddModelError(nameof(Rating), text["Choose from 1 to 5."]);
        }

        if (!Case.IsDone || Case.Rating is not null)
        {
            ModelState.AddModelError(string.Empty, text["This question cannot be rated now."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Case.Rating = Rating;
        Case.RatingComment = string.IsNullOrWhiteSpace(Comment) ? null : Comment.Trim();
        clock.MoveTo(Case, CaseStatus.Closed, time.GetUtcNow());
        audit.Record("case.rated", nameof(Case), Case.Reference, after: new { Case.Rating });
        await db.SaveChangesAsync(cancel);
        TempData["Notice"] = text["Thank you: your rating helps the centre improve."].Value;
        return Redirect(Self);
    }

    private string Self => $"/support/cases/{Reference}?key={Uri.EscapeDataString(Key ?? string.Empty)}";

    private async Task<bool> Load(CancellationToken cancel, bool track = false)
    {
        var cases = track ? db.Cases : db.Cases.AsNoTracking();
        var found = await cases.FirstOrDefaultAsync(c => c.Reference == Reference, cancel);
        if (found is null || !access.IsRequester(User, found, Key))
        {
            return false;
        }

        Case = found;
        Entries = await Conversation.Load(db, found.Id, withInternalNotes: false, cancel);
        if (found.MergedIntoId is { } target)
        {
            var into = await db.Cases.AsNoTracking().FirstAsync(c => c.Id == target, cancel);
            MergedIntoLink = $"/support/cases/{into.Reference}?key={Uri.EscapeDataString(keys.Key(into))}";
        }

        return true;
    }

    public string Format(string key, params object[] args) => string.Format(CultureInfo.CurrentCulture, text[key], args);
}
