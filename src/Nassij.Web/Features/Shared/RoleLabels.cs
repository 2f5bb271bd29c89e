using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Shared;

/// <summary>How each role reads (SharedText resource keys).</summary>
public static class RoleLabels
{
    public static string Of(Role role) => role switch
    {
        Role.Administrator => "Platform administrator",
        Role.CallManager => "Call manager",
        Role.Evaluator => "Evaluator",
        Role.FinanceOfficer => "Finance officer",
        Role.SupportAdviser => "Support adviser",
        Role.SupportSupervisor => "Support centre supervisor",
        Role.Trainer => "Trainer",
        Role.RegionalCoordinator => "Regional coordinator",
        Role.President => "President",
        Role.Secretary => "Secretary general",
        Role.Treasurer => "Treasurer",
        Role.Member => "Member",
        _ => role.ToString(),
    };
}
