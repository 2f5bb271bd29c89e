using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Features.Funding.Calls;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Funding.Agreements;

public sealed record AgreementRow(int ApplicationId, string? Reference, string AssociationAr, string AssociationFr, decimal Granted, int? AgreementId, string? Number, AgreementState? State, decimal Paid);

/// <summary>A call's selected projects and their agreements: drawn up from a template and sent for signature in one step.</summary>
[Authorize(Policy = Policies.CallManagement)]
public sealed class DrawingModel(NassijDb db, AgreementNotices notices, Audit audit, TimeProvider clock, IStringLocalizer<FundingText> text) : PageModel
{
    public const int PageSize = 50;

    [FromRoute]
    public int Id { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public Call Call { get; private set; } = null!;
    public IReadOnlyList<AgreementRow> Rows { get; private set; } = [];
    public bool HasNext { get; private set; }
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        var call = await CallLoading.Full(db, Id, tracking: false);
        if (call is null)
        {
            return NotFound();
        }

        Call = call;
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        // One left join to the agreement and one grouped sum of paid tranches, not a subquery per column.
        var page = db.Applications.AsNoTracking().Where(a => a.CallId == Id && a.State == ApplicationState.Selected)
            .OrderBy(a => a.LotId).ThenBy(a => a.Rank).ThenBy(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1);
        var rows = await (
            from a in page
            join s in db.Associations on a.AssociationId equals s.Id
            join g in db.Agreements on a.Id equals g.ApplicationId into agreements
            from g in agreements.DefaultIfEmpty()
            orderby a.LotId, a.Rank, a.Id
            select new AgreementRow(
                a.Id, a.Reference, s.NameAr, s.NameFr, a.GrantedAmount ?? 0,
                g == null ? null : g.Id, g == null ? null : g.Number, g == null ? null : g.State,
                g == null ? 0 : g.Tranches.Where(t => t.State == TrancheState.Paid).Sum(t => t.Amount)))
            .ToListAsync(cancel);
        HasNext = rows.Count > PageSize;
        Rows = rows.Take(PageSize).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostDrawAsync(CancellationToken cancel)
    {
        var call = await CallLoading.Full(db, Id, tracking: false);
        if (call is null)
        {
            return NotFound();
        }

        if (call.State is not (CallState.ResultsPublished or CallState.Archived))
        {
            TempData["Notice"] = text["Agreements are drawn up once the results are published."].Value;
            return Redirect($"/staff/calls/{Id}/agreements");
        }

        var today = Formats.TodayInMorocco(clock);
        var drawn = 0;
        var pending = await db.Applications.Where(a => a.CallId == Id && a.State == ApplicationState.Selected && !db.Agreements.Any(g => g.ApplicationId == a.Id))
            .Include(a => a.Activities).OrderBy(a => a.Id).Take(500).ToListAsync(cancel);
        foreach (var application in pending)
        {
            var agreement = AgreementRules.Draw(application, call, today, clock.GetUtcNow());
            db.Agreements.Add(agreement);
            audit.Record("agreement.drawn", nameof(Agreement), agreement.Number, after: new { agreement.ApplicationId, agreement.Amount, Tranches = agreement.Tranches.Select(t => t.Amount) });
            await notices.Tell(agreement, "Your agreement is ready to sign", "Hello {0},\n\nAgreement {1} for {2:N2} MAD is ready. Read it and sign it in Nassij, under My agreements.");
            drawn++;
        }

        await db.SaveChangesAsync(cancel);
        TempData["Notice"] = text["{0} agreements drawn up and sent for signature.", drawn].Value;
        return Redirect($"/staff/calls/{Id}/agreements");
    }

    public object RouteFor(int page) => new { p = page };
}
