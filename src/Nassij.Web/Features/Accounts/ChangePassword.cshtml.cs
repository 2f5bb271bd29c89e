using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Accounts;

[Authorize]
public sealed class ChangePasswordModel(UserManager<Person> users, SignInManager<Person> signIn, NassijDb db, Audit audit, IStringLocalizer<AccountsText> text) : PageModel
{
    [BindProperty]
    public ChangePasswordForm Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var person = await users.GetUserAsync(User);
        if (person is null)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(person, Input.CurrentPassword, Input.Password);
        if (!result.Succeeded)
        {
            IdentityErrors.AddTo(ModelState, result, text);
            return Page();
        }

        audit.Record("account.password-changed", "Person", person.Id);
        await db.SaveChangesAsync();
        await signIn.RefreshSignInAsync(person);
        TempData["Notice"] = text["Your new password is saved."].Value;
        return RedirectToPage("Index");
    }
}

public sealed class ChangePasswordForm
{
    [Required(ErrorMessage = "This field is required.")]
    [DataType(DataType.Password)]
    [Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = string.Empty;

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
