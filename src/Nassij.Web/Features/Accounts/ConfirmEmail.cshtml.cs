using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Nassij.Web.Features.Accounts;

public sealed class ConfirmEmailModel(UserManager<Person> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(Guid userId, string? code)
    {
        var person = await users.FindByIdAsync(userId.ToString());
        if (person is null || string.IsNullOrEmpty(code))
        {
            return;
        }

        var token = Tokens.Decode(code);
        Confirmed = token is not null && (await users.ConfirmEmailAsync(person, token)).Succeeded;
    }
}

public static class Tokens
{
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string code)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
