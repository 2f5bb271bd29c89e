using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Funding.Reports;

public sealed record QueuedReport(int AgreementId, string Number, string AssociationAr, string AssociationFr, int Tranche, bool IsFinal, DateTimeOffset? SubmittedAt);

public sealed record LateAgreement(int AgreementId, string Number, string AssociationAr, string AssociationFr, DateOnly InterimDue, DateOnly FinalDue);

/// <summary>Reports waiting for verification, oldest first, and agreements whose report is late.</summary>
[Authorize(Policy = Policies.CallManagement)]
public sealed class QueueModel(NassijDb db, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<QueuedReport> Waiting { get; private set; } = [];
    public IReadOnlyList<LateAgreement> Late { get; private set; } = [];
    public bool HasNext { get; private set; }
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task OnGetAsync(CancellationToken cancel)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        var rows = await db.Reports.AsNoTracking().Where(r => r.State == ReportState.Submitted)
            .OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Join(db.Agreements, r => r.AgreementId, a => a.Id, (r, a) => new { r, a })
            .Join(db.Associations, x => x.a.AssociationId, s => s.Id, (x, s) => new QueuedReport(x.a.Id, x.a.Number, s.NameAr, s.NameFr, x.r.TrancheNumber, x.r.IsFinal, x.r.SubmittedAt))
            .ToListAsync(cancel);
        HasNext = rows.Count > PageSize;
        Waiting = rows.Take(PageSize).ToList();
        Late = await OverdueReports.Late(db, Formats.TodayInMorocco(clock)).AsNoTracking()
            .OrderBy(a => a.InterimReportDueOn).Take(50)
            .Join(db.Associations, a => a.AssociationId, s => s.Id, (a, s) => new LateAgreement(a.Id, a.Number, s.NameAr, s.NameFr, a.InterimReportDueOn, a.FinalReportDueOn))
            .ToListAsync(cancel);
    }

    public object RouteFor(int page) => new { p = page };
}
