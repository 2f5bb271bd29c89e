namespace Nassij.Web.Features.Workspace.Members;

/// <summary>How members' categories and statuses read (resource keys).</summary>
public static class MemberLabels
{
    public static string Of(MemberCategory category) => category switch
    {
        MemberCategory.Active => "Active member",
        MemberCategory.Founding => "Founding member",
        MemberCategory.Honorary => "Honorary member",
        MemberCategory.Youth => "Youth member",
        MemberCategory.Benefactor => "Benefactor",
        _ => category.ToString(),
    };

    public static string Of(MemberStatus status) => status switch
    {
        MemberStatus.Active => "Active",
        MemberStatus.Suspended => "Suspended",
        MemberStatus.Left => "Left the association",
        _ => status.ToString(),
    };
}
