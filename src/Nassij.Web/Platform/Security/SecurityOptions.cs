namespace Nassij.Web.Platform.Security;

public sealed class SecurityOptions
{
    /// <summary>Ministry roles need a second factor. A demo may relax it; the sign-in page then says so.</summary>
    public bool RequireTwoFactorForStaff { get; set; } = true;
}
