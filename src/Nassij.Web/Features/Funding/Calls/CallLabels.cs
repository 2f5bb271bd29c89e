namespace Nassij.Web.Features.Funding.Calls;

/// <summary>How a call's states read (resource keys).</summary>
public static class CallLabels
{
    public static string Of(CallState state) => state switch
    {
        CallState.Draft => "Draft",
        CallState.Published => "Published",
        CallState.Closed => "Closed",
        CallState.Evaluation => "Under evaluation",
        CallState.ResultsPublished => "Results published",
        CallState.Archived => "Archived",
        CallState.Cancelled => "Cancelled",
        _ => state.ToString(),
    };
}
