using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Nassij.Web.Features.Accounts;

/// <summary>Creates an account with no password for someone invited by e-mail; the message
/// carries a link to choose the password.</summary>
public sealed class Invitations(UserManager<Person> users)
{
    /// <summary>The new person and the link to send them, or null if the address cannot be used.</summary>
    public async Task<(Person Person, string Link)?> Create(string email, string displayName, string language, IUrlHelper url, string scheme)
    {
        // The inviter vouches for the address; the link proves it again when the password is chosen.
        var person = new Person { UserName = email, Email = email, DisplayName = displayName, EmailConfirmed = true, Language = language };
        if (!(await users.CreateAsync(person)).Succeeded)
        {
            return null;
        }

        var token = await users.GeneratePasswordResetTokenAsync(person);
        return (person, url.Page("/Accounts/ResetPassword", null, new { email, code = Tokens.Encode(token) }, scheme)!);
    }
}
