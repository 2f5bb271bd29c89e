using Microsoft.AspNetCore.Identity;

namespace Nassij.Web.Features.Accounts;

/// <summary>Anyone with an account: association officers and members, ministry staff, administrators.</summary>
public sealed class Person : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Language for e-mails sent when the person is not at the keyboard ("ar", "fr", "en").</summary>
    public string Language { get; set; } = "ar";
}
