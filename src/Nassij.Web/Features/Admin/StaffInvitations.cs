using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Nassij.Web.Features.Accounts;

namespace Nassij.Web.Features.Admin;

/// <summary>Creates a staff account with no password and e-mails a link to choose one.</summary>
public sealed class StaffInvitations(UserManager<Person> users, AccountMail mail)
{
    public async Task<Person?> Invite(string email, string displayName, IUrlHelper url, string scheme)
    {
        // The administrator vouches for the address; the link proves it again when the password is chosen.
        var person = new Person { UserName = email, Email = email, DisplayName = displayName, EmailConfirmed = true, Language = "ar" };
        if (!(await users.CreateAsync(person)).Succeeded)
        {
            return null;
        }

        var token = await users.GeneratePasswordResetTokenAsync(person);
        var link = url.Page("/Accounts/ResetPassword", null, new { email, code = Tokens.Encode(token) }, scheme)!;
        mail.StaffInvitation(person, link);
        return person;
    }
}
