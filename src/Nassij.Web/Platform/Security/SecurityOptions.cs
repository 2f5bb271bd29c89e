namespace Nassij.Web.Platform.Security;

public sealed class SecurityOptions
{
    /// <summary>Ministry roles need a second factor. A demo may relax it; the sign-in page then says so.</summary>
    public bool RequireTwoFactorForStaff { get; set; } = true;

    /// <summary>How often a signed-in session is checked against the account (a changed password or a removed role
    /// ends it). Each browser is checked once per interval; a load generator replaying one cookie is checked on
    /// every request, so the benchmarks lengthen it.</summary>
    public TimeSpan SessionCheckInterval { get; set; } = TimeSpan.FromMinutes(1);
}
