using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Nassij.Web.Platform.Localization;

/// <summary>The three languages of the platform; Arabic is the default and reads right to left.</summary>
public static class Cultures
{
    public const string CookieName = "nassij.culture";

    // Moroccan regional cultures: Latin digits, Moroccan month names and number formats.
    public static readonly CultureInfo Arabic = CultureInfo.GetCultureInfo("ar-MA");
    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-MA");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static readonly IReadOnlyList<CultureInfo> All = [Arabic, French, English];

    public static readonly TimeZoneInfo Morocco = TimeZoneInfo.FindSystemTimeZoneById("Africa/Casablanca");

    public static string Language(CultureInfo culture) => culture.TwoLetterISOLanguageName;

    public static bool IsRightToLeft(CultureInfo culture) => culture.TextInfo.IsRightToLeft;

    /// <summary>The supported culture for a two-letter language ("fr"), or null.</summary>
    public static CultureInfo? ForLanguage(string? language) =>
        All.FirstOrDefault(c => string.Equals(c.TwoLetterISOLanguageName, language, StringComparison.OrdinalIgnoreCase));

    public static void Configure(RequestLocalizationOptions options)
    {
        options.DefaultRequestCulture = new RequestCulture(Arabic);
        options.SupportedCultures = [.. All];
        options.SupportedUICultures = [.. All];
        options.RequestCultureProviders =
        [
            new CookieRequestCultureProvider { CookieName = CookieName },
            new CustomRequestCultureProvider(FromAcceptLanguage),
        ];
    }

    // Accept-Language says "fr-FR" or "fr"; we serve fr-MA for any French.
    private static Task<ProviderCultureResult?> FromAcceptLanguage(HttpContext context)
    {
        var header = context.Request.GetTypedHeaders().AcceptLanguage;
        var preferred = header
            .OrderByDescending(h => h.Quality ?? 1)
            .Select(h => ForLanguage(h.Value.Value?.Split('-')[0]))
            .FirstOrDefault(c => c is not null);
        return Task.FromResult(preferred is null ? null : new ProviderCultureResult(preferred.Name));
    }
}
