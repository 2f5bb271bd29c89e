using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Accounts;

public sealed class SignInModel(SignInManager<Person> signIn, NassijDb db, Audit audit, IStringLocalizer<AccountsText> text, IOptions<SecurityOptions> security)
    : PageModel
{
    [BindProperty]
    public SignInForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool TwoFactorRequiredForStaff => security.Value.RequireTwoFactorForStaff;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email.Trim();
        var result = await signIn.PasswordSignInAsync(email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return await MustSetUpTwoFactor(email)
                ? RedirectToPage("TwoFactor")
                : LocalRedirect(await AfterSignIn.Target(Url, ReturnUrl, db, email));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("SignInTwoFactor", new { ReturnUrl, Input.RememberMe });
        }

        if (result.IsLockedOut)
        {
            audit.Record("account.locked-out", "Person", email, actorName: email);
            ModelState.AddModelError(string.Empty, text["Too many failed attempts. Try again in 15 minutes or choose a new password."]);
        }
        else if (result.IsNotAllowed)
        {
            ModelState.AddModelError(string.Empty, text["Confirm your e-mail address first: open the link we sent you."]);
        }
        else
        {
            audit.Record("account.sign-in-failed", "Person", email, actorName: email);
            ModelState.AddModelError(string.Empty, text["The e-mail address or the password is not right."]);
        }

        await db.SaveChangesAsync();
        return Page();
    }

    // Ministry roles act only after a second factor: someone who has none yet sets it up first.
    private async Task<bool> MustSetUpTwoFactor(string email)
    {
        if (!security.Value.RequireTwoFactorForStaff)
        {
            return false;
        }

        var person = await signIn.UserManager.FindByEmailAsync(email);
        if (person is null || person.TwoFactorEnabled || !await db.RoleGrants.AnyAsync(g => g.PersonId == person.Id && g.AssociationId == null))
        {
            return false;
        }

        TempData["Notice"] = text["Your ministry role needs two-factor authentication. Set it up, then sign in again."].Value;
        return true;
    }
}

public sealed class SignInForm
{
    [Required(ErrorMessage = "This field is required.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [Display(Name = "E-mail address")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "This field is required.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = string.Empty;

    [Display(Name = "Keep me signed in on this device")]
    public bool RememberMe { get; set; }
}

internal static class AfterSignIn
{
    /// <summary>The page asked for, else where work waits: administrators at administration,
    /// coordinators at verification, everyone else at their associations.</summary>
    public static async Task<string> Target(IUrlHelper url, string? returnUrl, NassijDb db, string? email)
    {
        if (url.IsLocalUrl(returnUrl))
        {
            return returnUrl!;
        }

        var normalized = email?.ToUpperInvariant();
        var roles = await db.RoleGrants.Where(g => g.Person!.NormalizedEmail == normalized && g.AssociationId == null).Select(g => g.Role).ToListAsync();
        return roles.Contains(Role.Administrator) ? "/admin"
            : roles.Contains(Role.RegionalCoordinator) ? "/staff/verification"
            : "/my/associations";
    }
}
