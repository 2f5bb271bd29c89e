namespace Nassij.Web.Features.Workspace.Governance;

/// <summary>How bodies, kinds and states of meetings read (resource keys).</summary>
public static class GovernanceLabels
{
    public static string Of(BodyKind body) => body == BodyKind.Board ? "Board" : "General assembly";

    public static string Of(MeetingKind kind) => kind == MeetingKind.Extraordinary ? "Extraordinary" : "Ordinary";

    public static string Of(MeetingStatus status) => status switch
    {
        MeetingStatus.Planned => "Planned, not convened yet",
        MeetingStatus.Convened => "Convened",
        MeetingStatus.Held => "Held",
        MeetingStatus.Closed => "Minutes signed",
        _ => status.ToString(),
    };
}
