using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Accounts;

public sealed class SignUpModel(UserManager<Person> users, AccountMail mail, NassijDb db, IStringLocalizer<AccountsText> text) : PageModel
{
    [BindProperty]
    public SignUpForm Input { get; set; } = new();

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
        var person = new Person
        {
            UserName = email,
            Email = email,
            DisplayName = Input.DisplayName.Trim(),
            Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
        };
        var created = await users.CreateAsync(person, Input.Password);
        if (!created.Succeeded)
        {
            IdentityErrors.AddTo(ModelState, created, text);
            return Page();
        }

        var token = await users.GenerateEmailConfirmationTokenAsync(person);
        mail.ConfirmEmail(person, ConfirmLink(person, token));
        await db.SaveChangesAsync();
        return RedirectToPage("CheckEmail");
    }

    private string ConfirmLink(Person person, string token) =>
        Url.Page("/Accounts/ConfirmEmail", null, new { userId = person.Id, code = Tokens.Encode(token) }, Request.Scheme)!;
}

public sealed class SignUpForm
{
    [Required(ErrorMessage = "This field is required.")]
    [StringLength(120, ErrorMessage = "This is too long.")]
    [Display(Name = "Your name")]
    public string DisplayName { get; set; } = string.Empty;

    [Required(ErrorMessage = "This field is required.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(256, ErrorMessage = "This is too long.")]
    [Display(Name = "E-mail address")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "The password must have at least 10 characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = string.Empty;

    [Required(ErrorMessage = "This field is required.")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password again")]
    public string ConfirmPassword { get; set; } = string.Empty;
}
