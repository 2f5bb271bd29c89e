using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Funding.Agreements;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Funding.Reports;

/// <summary>An active agreement whose report is past its due date and not yet handed in. Such an association
/// cannot apply to a new call until it reports.</summary>
public static class OverdueReports
{
    public static IQueryable<Agreement> Late(NassijDb db, DateOnly today) =>
        db.Agreements.Where(a => a.State == AgreementState.Active
            && ((a.InterimReportDueOn < today && a.Tranches.Count > 1
                    && !db.Reports.Any(r => r.AgreementId == a.Id && r.TrancheNumber == 1 && (r.State == ReportState.Submitted || r.State == ReportState.Approved)))
                || (a.FinalReportDueOn < today
                    && !db.Reports.Any(r => r.AgreementId == a.Id && r.IsFinal && (r.State == ReportState.Submitted || r.State == ReportState.Approved)))));

    public static Task<bool> Has(NassijDb db, int associationId, DateOnly today, CancellationToken cancel = default) =>
        Late(db, today).AnyAsync(a => a.AssociationId == associationId, cancel);
}
