using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Nassij.Web.Features.Accounts;

/// <summary>Turns Identity's English error codes into messages in the reader's language, next to the right field.</summary>
public static class IdentityErrors
{
    public static void AddTo(ModelStateDictionary state, IdentityResult result, IStringLocalizer<AccountsText> text, string prefix = "Input")
    {
        foreach (var error in result.Errors)
        {
            var (field, message) = error.Code switch
            {
                "DuplicateEmail" or "DuplicateUserName" => ("Email", "An account already exists with this e-mail address."),
                "InvalidEmail" or "InvalidUserName" => ("Email", "Enter a valid e-mail address."),
                "PasswordTooShort" => ("Password", "The password must have at least 10 characters."),
                "PasswordMismatch" => ("CurrentPassword", "The current password is not right."),
                "InvalidToken" => (string.Empty, "This link has expired or was already used. Ask for a new one."),
                _ => ("Password", "This password cannot be used. Choose another one."),
            };
            state.AddModelError(field.Length == 0 ? string.Empty : $"{prefix}.{field}", text[message]);
        }
    }
}
