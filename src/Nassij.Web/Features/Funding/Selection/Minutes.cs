using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Features.Funding.Calls;
using Nassij.Web.Features.Funding.Evaluations;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Documents;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Funding.Selection;

/// <summary>/staff/calls/{id}/lots/{lotId}/minutes: the recommendation for a lot, or the minutes of its decision, as PDF.</summary>
public static class Minutes
{
    private const int Listed = 2000;

    public static void MapMinutes(this WebApplication app) =>
        app.MapGet("/staff/calls/{id:int}/lots/{lotId:int}/minutes", Download).RequireAuthorization(Policies.CallManagement).ExcludeFromDescription();

    private static async Task<IResult> Download(int id, int lotId, NassijDb db, DocumentRenderer documents, TimeProvider clock, CancellationToken cancel)
    {
        var call = await CallLoading.Full(db, id, tracking: false);
        var lot = call?.Lots.FirstOrDefault(l => l.Id == lotId);
        if (call is null || lot is null)
        {
            return Results.NotFound();
        }

        var lotApplications = db.Applications.AsNoTracking().Where(a => a.LotId == lotId);
        var listed = lotApplications.Where(a => a.State == ApplicationState.Selected || a.State == ApplicationState.Waitlisted || a.State == ApplicationState.Evaluated);
        var ranked = await SelectionRules.InRankOrder(listed).Take(Listed)
            .Join(db.Associations, a => a.AssociationId, s => s.Id, (a, s) => new { a.Reference, s.NameAr, s.NameFr, a.AverageScore, a.RequestedTotal, a.GrantedAmount, a.State, a.ScoreSpread, a.Rank })
            .ToListAsync(cancel);
        var rows = ranked.Select((r, i) => new MinutesDocument.Row(r.Rank ?? i + 1, r.Reference, r.NameAr, r.NameFr, r.AverageScore, r.RequestedTotal, r.GrantedAmount, r.State, Scoring.IsDisagreement(r.ScoreSpread, call.MaxScore))).ToList();
        var committee = await db.Users.Where(u => call.Committee.Select(s => s.PersonId).Contains(u.Id)).OrderBy(u => u.DisplayName).Select(u => u.DisplayName).ToListAsync(cancel);
        return await documents.File<MinutesDocument>(new Dictionary<string, object?>
        {
            [nameof(MinutesDocument.Call)] = call,
            [nameof(MinutesDocument.Lot)] = lot,
            [nameof(MinutesDocument.Decision)] = await db.Decisions.AsNoTracking().FirstOrDefaultAsync(d => d.LotId == lotId, cancel),
            [nameof(MinutesDocument.Rows)] = rows,
            [nameof(MinutesDocument.Ranked)] = await lotApplications.CountAsync(a => a.AverageScore != null, cancel),
            [nameof(MinutesDocument.NotSelected)] = await lotApplications.CountAsync(a => a.State == ApplicationState.NotSelected, cancel),
            [nameof(MinutesDocument.Committee)] = committee,
            [nameof(MinutesDocument.Today)] = Formats.TodayInMorocco(clock),
        }, $"minutes-{call.Id}-{lot.Number}.pdf", cancel);
    }
}
