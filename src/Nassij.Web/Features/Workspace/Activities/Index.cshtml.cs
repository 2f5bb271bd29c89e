using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Activities;

/// <summary>The association's activities, latest first, and planning a new one.</summary>
[Authorize]
public sealed class IndexModel(NassijDb db, AssociationAccess access, Audit audit, TimeProvider clock, IStringLocalizer<WorkspaceText> text) : PageModel
{
    private const int PageSize = 50;

    [FromRoute]
    public int Id { get; set; }

    /// <summary>Keyset paging: the page starts below this activity id.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Before { get; set; }

    [BindProperty]
    public ActivityForm Input { get; set; } = new();

    public WorkspaceContext Workspace { get; private set; } = null!;
    public IReadOnlyList<Activity> Activities { get; private set; } = [];
    public IReadOnlyList<(int Id, string Number)> Agreements { get; private set; } = [];
    public int? NextBefore { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        Input.StartsOn = Formats.TodayInMorocco(clock).AddDays(7);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        if (Input.AgreementId is { } agreement && Agreements.All(a => a.Id != agreement))
        {
            Input.AgreementId = null;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var activity = new Activity
        {
            AssociationId = Id,
            Title = Input.Title!.Trim(),
            StartsOn = Input.StartsOn!.Value,
            Place = Input.Place!.Trim(),
            Description = Input.Description?.Trim() ?? string.Empty,
            PlannedParticipants = Input.PlannedParticipants,
            AgreementId = Input.AgreementId,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Activities.Add(activity);
        await db.SaveChangesAsync(cancel);
        audit.Record("activity.planned", nameof(Activity), activity.Id.ToString(CultureInfo.InvariantCulture), after: new { Id, activity.Title, activity.StartsOn });
        await db.SaveChangesAsync(cancel);
        TempData["Notice"] = text["Activity planned."].Value;
        return Redirect($"/workspace/{Id}/activities/{activity.Id}");
    }

    private async Task<bool> Load(CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, User, Id, cancel) is not { IsOfficer: true } workspace)
        {
            return false;
        }

        Workspace = workspace;
        var rows = await db.Activities.AsNoTracking().Where(a => a.AssociationId == Id && a.Id < (Before ?? int.MaxValue))
            .OrderByDescending(a => a.Id).Take(PageSize + 1).ToListAsync(cancel);
        Activities = [.. rows.Take(PageSize)];
        NextBefore = rows.Count > PageSize ? rows[PageSize - 1].Id : null;
        Agreements = [.. (await db.Agreements.AsNoTracking().Where(a => a.AssociationId == Id && a.SignedOn != null).OrderByDescending(a => a.Id).Take(50)
            .Select(a => new { a.Id, a.Number }).ToListAsync(cancel)).Select(a => (a.Id, a.Number))];
        return true;
    }
}
