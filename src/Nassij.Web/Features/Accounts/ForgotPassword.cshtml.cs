using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Accounts;

public sealed class ForgotPasswordModel(UserManager<Person> users, AccountMail mail, NassijDb db, IStringLocalizer<AccountsText> text) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = string.Empty;

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email) || !Email.Contains('@', StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(Email), text["Enter a valid e-mail address."]);
            return Page();
        }

        // The same answer whether or not the account exists, so the page cannot be used to probe addresses.
        var person = await users.FindByEmailAsync(Email.Trim());
        if (person is not null && await users.IsEmailConfirmedAsync(person))
        {
            var token = await users.GeneratePasswordResetTokenAsync(person);
            var link = Url.Page("/Accounts/ResetPassword", null, new { email = person.Email, code = Tokens.Encode(token) }, Request.Scheme)!;
            mail.ResetPassword(person, link);
            await db.SaveChangesAsync();
        }

        return RedirectToPage("CheckEmail");
    }
}
