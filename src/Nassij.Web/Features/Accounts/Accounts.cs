using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Nassij.Web.Features.Accounts;

public static class Accounts
{
    public static void ConfigureIdentity(IdentityOptions options)
    {
        options.SignIn.RequireConfirmedEmail = true;
        options.User.RequireUniqueEmail = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        // Length over composition rules (NIST SP 800-63B): long passphrases, no forced symbols.
        options.Password.RequiredLength = 10;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
    }

    /// <summary>The sign-in cookie (also the base name of its chunks when it is large).</summary>
    public const string CookieName = "nassij.auth";

    public static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.LoginPath = "/account/sign-in";
        options.LogoutPath = "/account/sign-out";
        options.AccessDeniedPath = "/account/denied";
        options.Cookie.Name = CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
        options.SlidingExpiration = true;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        // The API answers 401/403 instead of redirecting to an HTML page.
        options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        // Identity's session check builds the sign-in manager, the user store and their database context on every
        // request only to find the check not due; asking first keeps a signed-in page as cheap as an anonymous one.
        options.Events.OnValidatePrincipal = context => SessionCheckDue(context) ? SecurityStampValidator.ValidatePrincipalAsync(context) : Task.CompletedTask;
    }

    /// <summary>The same rule as Identity's validator: a cookie issued longer ago than the interval is checked.</summary>
    private static bool SessionCheckDue(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var interval = services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        return context.Properties.IssuedUtc is not { } issued || now - issued > interval;
    }

    public static WebApplication MapAccounts(this WebApplication app) => app;

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
