using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Accounts;

public sealed class ResetPasswordModel(UserManager<Person> users, NassijDb db, Audit audit, IStringLocalizer<AccountsText> text) : PageModel
{
    [BindProperty]
    public ResetPasswordForm Input { get; set; } = new();

    public void OnGet(string? email, string? code)
    {
        Input.Email = email ?? string.Empty;
        Input.Code = code ?? string.Empty;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var person = await users.FindByEmailAsync(Input.Email);
        var token = Tokens.Decode(Input.Code);
        var result = person is null || token is null
            ? IdentityResult.Failed(new IdentityError { Code = "InvalidToken" })
            : await users.ResetPasswordAsync(person, token, Input.Password);
        if (!result.Succeeded)
        {
            IdentityErrors.AddTo(ModelState, result, text);
            return Page();
        }

        // A new password also ends a lockout: the person proved they own the mailbox.
        await users.SetLockoutEndDateAsync(person!, null);
        await users.ResetAccessFailedCountAsync(person!);
        audit.Record("account.password-reset", "Person", person!.Id, actorName: person.Email);
        await db.SaveChangesAsync();
        TempData["Notice"] = text["Your new password is saved. You can sign in."].Value;
        return RedirectToPage("SignIn");
    }
}

public sealed class ResetPasswordForm
{
    public string Email { get; set; } = string.Empty;
    public string Code { get; set; } = string.Empty;

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "The password must have at least 10 characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string Password { get; set; } = string.Empty;

    [Required(ErrorMessage = "This field is required.")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password again")]
    public string ConfirmPassword { get; set; } = string.Empty;
}
