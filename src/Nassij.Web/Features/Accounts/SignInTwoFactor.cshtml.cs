using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Accounts;

public sealed class SignInTwoFactorModel(SignInManager<Person> signIn, NassijDb db, Audit audit, IStringLocalizer<AccountsText> text) : PageModel
{
    [BindProperty]
    public TwoFactorForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var person = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (person is null)
        {
            return RedirectToPage("SignIn");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = Input.Code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, Input.RememberMachine);
        if (result.Succeeded)
        {
            return LocalRedirect(await AfterSignIn.Target(Url, ReturnUrl, db, person.Email));
        }

        audit.Record(result.IsLockedOut ? "account.locked-out" : "account.two-factor-failed", "Person", person.Id, actorName: person.Email);
        await db.SaveChangesAsync();
        ModelState.AddModelError(result.IsLockedOut ? string.Empty : "Input.Code", result.IsLockedOut
            ? text["Too many failed attempts. Try again in 15 minutes or choose a new password."]
            : text["This code is not right. Check the time on your phone and try again."]);
        return Page();
    }
}

public sealed class TwoFactorForm
{
    [Required(ErrorMessage = "This field is required.")]
    [StringLength(7, MinimumLength = 6, ErrorMessage = "Enter the 6 digits.")]
    [Display(Name = "Code")]
    public string Code { get; set; } = string.Empty;

    [Display(Name = "Do not ask again on this device")]
    public bool RememberMachine { get; set; }
}
