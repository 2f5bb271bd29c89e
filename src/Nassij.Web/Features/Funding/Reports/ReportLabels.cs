namespace Nassij.Web.Features.Funding.Reports;

public static class ReportLabels
{
    public static string Of(ReportState state) => state switch
    {
        ReportState.Draft => "Draft",
        ReportState.Submitted => "Submitted",
        ReportState.ChangesRequested => "Changes requested",
        ReportState.Approved => "Approved",
        ReportState.Rejected => "Rejected",
        _ => state.ToString(),
    };
}
