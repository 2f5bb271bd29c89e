using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Accounts;

public sealed class SignInRecoveryModel(SignInManager<Person> signIn, NassijDb db, Audit audit, IStringLocalizer<AccountsText> text) : PageModel
{
    [BindProperty]
    public string Code { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var person = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (person is null)
        {
            return RedirectToPage("SignIn");
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(Code.Replace(" ", string.Empty, StringComparison.Ordinal));
        if (result.Succeeded)
        {
            audit.Record("account.recovery-code-used", "Person", person.Id, actorName: person.Email);
            await db.SaveChangesAsync();
            return LocalRedirect(await AfterSignIn.Target(Url, ReturnUrl, db, person.Email));
        }

        audit.Record("account.two-factor-failed", "Person", person.Id, actorName: person.Email);
        await db.SaveChangesAsync();
        ModelState.AddModelError(nameof(Code), text["This recovery code is not right or was already used."]);
        return Page();
    }
}
