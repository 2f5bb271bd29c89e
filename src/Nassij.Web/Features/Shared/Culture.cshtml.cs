using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nassij.Web.Platform.Localization;

namespace Nassij.Web.Features.Shared;

/// <summary>The language switcher: remembers the choice in a cookie and goes back to the page.
/// A plain link rather than a form, so that pages carry no antiforgery token and stay light;
/// the only thing another site could do with it is change the reader's language.</summary>
public sealed class CultureModel(TimeProvider clock) : PageModel
{
    public IActionResult OnGet(string culture, string? returnUrl)
    {
        var chosen = Cultures.ForLanguage(culture);
        if (chosen is not null)
        {
            Response.Cookies.Append(
                Cultures.CookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = clock.GetUtcNow().AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
