using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Nassij.Web.Platform.Security;

public static class Policies
{
    public const string Staff = "Staff";
    public const string Administrator = "Administrator";
    public const string Verifier = "Verifier";
    public const string CallManagement = "CallManagement";
    public const string Evaluation = "Evaluation";
    public const string Finance = "Finance";
    public const string SupportDesk = "SupportDesk";
    public const string SupportSupervision = "SupportSupervision";

    public const string RoleClaim = "nassij:role";
    public const string RegionClaim = "nassij:region";
    public const string TwoFactorRequiredClaim = "nassij:2fa-required";

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Staff, p => p.RequireAssertion(c => c.User.IsStaff()));
        options.AddPolicy(Administrator, p => p.RequireAssertion(c => c.User.Has(Role.Administrator)));
        options.AddPolicy(CallManagement, p => p.RequireAssertion(c => c.User.Has(Role.Administrator) || c.User.Has(Role.CallManager)));
        options.AddPolicy(Evaluation, p => p.RequireAssertion(c => c.User.Has(Role.Evaluator)));
        options.AddPolicy(Finance, p => p.RequireAssertion(c => c.User.Has(Role.FinanceOfficer)));
        options.AddPolicy(SupportDesk, p => p.RequireAssertion(c => c.User.Has(Role.SupportAdviser) || c.User.Has(Role.SupportSupervisor) || c.User.Has(Role.Administrator)));
        options.AddPolicy(SupportSupervision, p => p.RequireAssertion(c => c.User.Has(Role.SupportSupervisor) || c.User.Has(Role.Administrator)));
        options.AddPolicy(Verifier, p => p.RequireAssertion(c => c.User.Has(Role.Administrator) || c.User.Has(Role.RegionalCoordinator)));
    }

    // Identity adds amr=mfa when the sign-in used a second factor.
    public static bool UsedTwoFactor(this ClaimsPrincipal user) => user.HasClaim("amr", "mfa");

    /// <summary>Holds a ministry role, and has signed in with a second factor where that is required.</summary>
    public static bool Has(this ClaimsPrincipal user, Role role) =>
        user.HasClaim(RoleClaim, role.ToString())
        && (!user.HasClaim(TwoFactorRequiredClaim, "true") || user.UsedTwoFactor());

    public static bool IsStaff(this ClaimsPrincipal user) => Roles.Staff.Any(user.Has);

    /// <summary>Holds a ministry role but must still sign in with a second factor to use it.</summary>
    public static bool NeedsTwoFactor(this ClaimsPrincipal user) =>
        user.HasClaim(TwoFactorRequiredClaim, "true") && !user.UsedTwoFactor();

    /// <summary>The region a coordinator is limited to; null for national roles.</summary>
    public static string? RegionScope(this ClaimsPrincipal user) =>
        user.Has(Role.Administrator) ? null : user.FindFirstValue(RegionClaim);

    public static Guid? PersonId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
