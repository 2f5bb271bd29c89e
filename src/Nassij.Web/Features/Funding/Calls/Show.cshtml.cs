using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Funding.Calls;

public sealed record CallAmendment(DateTimeOffset At, string? Reason);

public sealed record CallResult(int LotId, string AssociationAr, string AssociationFr, string Project, decimal Granted);

/// <summary>A call as the public and applicants see it, with its amendments and the way to apply.</summary>
public sealed class ShowModel(NassijDb db, TimeProvider clock) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public Call Call { get; private set; } = null!;
    public DateTimeOffset Now { get; private set; }
    public IReadOnlyList<CallAmendment> Amendments { get; private set; } = [];
    public IReadOnlyList<CallResult> Results { get; private set; } = [];
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task<IActionResult> OnGetAsync()
    {
        var call = await CallLoading.Full(db, Id, tracking: false);
        if (call is null || !call.IsPublic)
        {
            return NotFound();
        }

        Call = call;
        Now = clock.GetUtcNow();
        var id = Id.ToString(CultureInfo.InvariantCulture);
        var amended = await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(Calls.Call) && e.EntityId == id && e.Action == "call.amended")
            .OrderBy(e => e.At).Take(50).Select(e => new { e.At, e.After }).ToListAsync();
        Amendments = amended.Select(e => new CallAmendment(e.At, AmendmentReason(e.After))).ToList();
        if (call.State is CallState.ResultsPublished or CallState.Archived)
        {
            Results = await db.Applications.AsNoTracking()
                .Where(a => a.CallId == Id && a.State == Applications.ApplicationState.Selected)
                .OrderBy(a => a.LotId).ThenBy(a => a.Rank).ThenBy(a => a.Id).Take(5000)
                .Join(db.Associations, a => a.AssociationId, s => s.Id, (a, s) => new CallResult(a.LotId, s.NameAr, s.NameFr, a.Title, a.GrantedAmount ?? 0))
                .ToListAsync();
        }
        return Page();
    }

    private static string? AmendmentReason(string? after)
    {
        if (after is null)
        {
            return null;
        }

        using var json = System.Text.Json.JsonDocument.Parse(after);
        return json.RootElement.TryGetProperty("Reason", out var reason) ? reason.GetString() : null;
    }

    public bool MayApply => User.Identity?.IsAuthenticated != true || !User.IsStaff();
}
