namespace Nassij.Web.Features.Support.Cases;

/// <summary>How case values read (SupportText keys).</summary>
public static class CaseLabels
{
    public static string Of(CaseTopic topic) => topic switch
    {
        CaseTopic.Legal => "Legal",
        CaseTopic.Administrative => "Administrative",
        CaseTopic.Financial => "Financial and accounting",
        CaseTopic.Funding => "Funding and calls for proposals",
        CaseTopic.Digital => "Digital tools",
        _ => "Other",
    };

    public static string Of(CaseStatus status) => status switch
    {
        CaseStatus.New => "New",
        CaseStatus.Open => "Open",
        CaseStatus.WaitingForRequester => "Waiting for the requester",
        CaseStatus.Resolved => "Resolved",
        _ => "Closed",
    };

    public static string Of(CasePriority priority) => priority switch
    {
        CasePriority.Low => "Low",
        CasePriority.Normal => "Normal",
        CasePriority.High => "High",
        _ => "Urgent",
    };

    public static string Of(CaseChannel channel) => channel switch
    {
        CaseChannel.Web => "Web",
        CaseChannel.Phone => "Phone",
        _ => "E-mail",
    };

    public static string BadgeOf(CaseStatus status) => status switch
    {
        CaseStatus.New => "text-bg-primary",
        CaseStatus.Open => "text-bg-info",
        CaseStatus.WaitingForRequester => "text-bg-warning",
        CaseStatus.Resolved => "text-bg-success",
        _ => "text-bg-secondary",
    };
}
