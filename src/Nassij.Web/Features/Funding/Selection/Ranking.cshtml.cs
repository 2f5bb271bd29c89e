using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Features.Funding.Calls;
using Nassij.Web.Features.Funding.Evaluations;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Funding.Selection;

public sealed record RankRow(int Id, string? Reference, string AssociationAr, string AssociationFr, decimal Requested, decimal? Average, int? Spread, ApplicationState State, decimal? Granted);

public sealed record LotStanding(int Screened, int Evaluated, int Selected, decimal Committed);

/// <summary>The committee's view of a lot: applications ranked by average score, disagreements flagged, progress,
/// and the selection within the envelope (proposed by rule, adjusted by hand).</summary>
[Authorize(Policy = Policies.CallManagement)]
public sealed class RankingModel(NassijDb db, Audit audit, TimeProvider clock, IStringLocalizer<FundingText> text) : PageModel
{
    public const int PageSize = 50;

    [FromRoute]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Lot { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public Call Call { get; private set; } = null!;
    public Lot CurrentLot { get; private set; } = null!;
    public LotStanding Standing { get; private set; } = new(0, 0, 0, 0);
    public Decision? Decision { get; private set; }

    [BindProperty]
    public string? Notes { get; set; }
    public IReadOnlyList<RankRow> Rows { get; private set; } = [];
    public bool HasNext { get; private set; }
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        ModelState.Clear();
        return await Load(cancel) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostProposeAsync(CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        if (Call.State != CallState.Evaluation || Standing.Evaluated < Standing.Screened)
        {
            ModelState.AddModelError(string.Empty, text["Every eligible application of the lot must be evaluated first."]);
            return Page();
        }

        if (Decision is not null)
        {
            return Locked();
        }

        var applications = await SelectionRules.InRankOrder(LotApplications().Where(a => a.State == ApplicationState.Evaluated
            || a.State == ApplicationState.Selected || a.State == ApplicationState.Waitlisted || a.State == ApplicationState.NotSelected)).ToListAsync(cancel);
        var proposals = SelectionRules.Propose([.. applications.Select(a => new Ranked(a.Id, a.RequestedTotal))], CurrentLot.Envelope);
        foreach (var (application, proposal) in applications.Zip(proposals))
        {
            application.State = proposal.State;
            application.GrantedAmount = proposal.Granted;
            application.Rank = proposal.Rank;
        }

        audit.Record("lot.selection-proposed", nameof(Calls.Lot), CurrentLot.Id, after: new { Applications = applications.Count, Selected = proposals.Count(p => p.State == ApplicationState.Selected) });
        await db.SaveChangesAsync(cancel);
        TempData["Notice"] = text["The selection is proposed in rank order within the envelope. Adjust it below if the committee decides otherwise."].Value;
        return Redirect($"/staff/calls/{Id}/ranking?lot={CurrentLot.Id}");
    }

    public async Task<IActionResult> OnPostDecideAsync(int applicationId, ApplicationState decision, string? amount, CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        if (Decision is not null)
        {
            return Locked();
        }

        var granted = decision == ApplicationState.Selected ? Shared.AmountBinder.Parse(amount ?? "") : null;
        await using var transaction = await db.Database.BeginTransactionAsync(cancel);
        // Touching the lot first makes concurrent selections in the same lot wait for each other.
        await db.Lots.Where(l => l.Id == CurrentLot.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.IndicativeProjects, l => l.IndicativeProjects), cancel);
        var application = await LotApplications().FirstOrDefaultAsync(a => a.Id == applicationId, cancel);
        if (application is null || !(SelectionRules.IsDecided(decision) || decision == ApplicationState.Evaluated) || !(SelectionRules.IsDecided(application.State) || application.State == ApplicationState.Evaluated))
        {
            return NotFound();
        }

        if (decision == ApplicationState.Selected && (granted is not > 0 || granted > application.RequestedTotal))
        {
            ModelState.AddModelError(string.Empty, text["The amount granted must be more than zero and no more than what was requested."]);
            return Page();
        }

        var others = await LotApplications().Where(a => a.State == ApplicationState.Selected && a.Id != applicationId).SumAsync(a => a.GrantedAmount ?? 0, cancel);
        if (decision == ApplicationState.Selected && !SelectionRules.WithinEnvelope(others + granted!.Value, CurrentLot.Envelope))
        {
            ModelState.AddModelError(string.Empty, text["This would exceed the lot's envelope: {0} are left.", Platform.Localization.Formats.Mad(CurrentLot.Envelope - others)]);
            return Page();
        }

        var before = new { application.State, application.GrantedAmount };
        application.State = decision;
        application.GrantedAmount = granted;
        audit.Record("application.decided", nameof(Application), application.Id, before: before, after: new { application.State, application.GrantedAmount });
        await db.SaveChangesAsync(cancel);
        await transaction.CommitAsync(cancel);
        return Redirect($"/staff/calls/{Id}/ranking?lot={CurrentLot.Id}&p={PageNumber}");
    }

    public async Task<IActionResult> OnPostRecordDecisionAsync(CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        if (Decision is not null)
        {
            return Locked();
        }

        var undecided = Standing.Screened - Standing.Evaluated + await LotApplications().CountAsync(a => a.State == ApplicationState.Evaluated, cancel);
        if (Call.State != CallState.Evaluation || undecided > 0 || !SelectionRules.WithinEnvelope(Standing.Committed, CurrentLot.Envelope))
        {
            ModelState.AddModelError(string.Empty, text["Every application of the lot needs a decision, within the envelope, before the decision is recorded."]);
            return Page();
        }

        var counts = await LotApplications().GroupBy(a => a.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancel);
        var decision = new Decision
        {
            CallId = Id,
            LotId = CurrentLot.Id,
            DecidedAt = clock.GetUtcNow(),
            DecidedById = User.PersonId()!.Value,
            Selected = counts.Where(c => c.Key == ApplicationState.Selected).Sum(c => c.Count),
            Waitlisted = counts.Where(c => c.Key == ApplicationState.Waitlisted).Sum(c => c.Count),
            NotSelected = counts.Where(c => c.Key == ApplicationState.NotSelected).Sum(c => c.Count),
            Committed = Standing.Committed,
            Notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim(),
        };
        db.Decisions.Add(decision);
        audit.Record("lot.decided", nameof(Calls.Lot), CurrentLot.Id, after: new { decision.Selected, decision.Waitlisted, decision.NotSelected, decision.Committed });
        await db.SaveChangesAsync(cancel);
        TempData["Notice"] = text["The committee's decision is recorded. Its minutes can be downloaded."].Value;
        return Redirect($"/staff/calls/{Id}/ranking?lot={CurrentLot.Id}");
    }

    private IActionResult Locked()
    {
        ModelState.AddModelError(string.Empty, text["The committee's decision on this lot is recorded: it can no longer change."]);
        return Page();
    }

    private IQueryable<Application> LotApplications() => db.Applications.Where(a => a.CallId == Id && a.LotId == CurrentLot.Id);

    private async Task<bool> Load(CancellationToken cancel)
    {
        var call = await CallLoading.Full(db, Id, tracking: false);
        if (call is null || call.Lots.Count == 0)
        {
            return false;
        }

        Call = call;
        CurrentLot = call.Lots.FirstOrDefault(l => l.Id == Lot) ?? call.Lots.OrderBy(l => l.Number).First();
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        Decision = await db.Decisions.AsNoTracking().FirstOrDefaultAsync(d => d.LotId == CurrentLot.Id, cancel);
        var counts = await LotApplications().GroupBy(a => a.State)
            .Select(g => new { g.Key, Count = g.Count(), Granted = g.Sum(a => a.GrantedAmount ?? 0) }).ToListAsync(cancel);
        int Count(params ApplicationState[] states) => counts.Where(c => states.Contains(c.Key)).Sum(c => c.Count);
        var decided = new[] { ApplicationState.Evaluated, ApplicationState.Selected, ApplicationState.Waitlisted, ApplicationState.NotSelected };
        Standing = new LotStanding(
            Count([ApplicationState.Eligible, .. decided]),
            Count(decided),
            Count(ApplicationState.Selected),
            counts.Where(c => c.Key == ApplicationState.Selected).Sum(c => c.Granted));
        var rows = await SelectionRules.InRankOrder(LotApplications().AsNoTracking().Where(a => decided.Contains(a.State)))
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Join(db.Associations, a => a.AssociationId, s => s.Id, (a, s) => new RankRow(a.Id, a.Reference, s.NameAr, s.NameFr, a.RequestedTotal, a.AverageScore, a.ScoreSpread, a.State, a.GrantedAmount))
            .ToListAsync(cancel);
        HasNext = rows.Count > PageSize;
        Rows = rows.Take(PageSize).ToList();
        return true;
    }

    public bool Disagreement(RankRow row) => Scoring.IsDisagreement(row.Spread, Call.MaxScore);

    public object RouteFor(int page) => new { lot = CurrentLot.Id, p = page };
}
