using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Nassij.Web.Platform.Localization;

/// <summary>Counted phrases. Arabic has six plural forms (zero, one, two, few, many, other) that resx
/// cannot express, so each form is its own key: "phrase|few". The CLDR rules pick the form.</summary>
public static class Plural
{
    public static string Category(long n, CultureInfo culture)
    {
        n = Math.Abs(n);
        return culture.TwoLetterISOLanguageName switch
        {
            "ar" => n switch
            {
                0 => "zero",
                1 => "one",
                2 => "two",
                _ when n % 100 is >= 3 and <= 10 => "few",
                _ when n % 100 is >= 11 and <= 99 => "many",
                _ => "other",
            },
            "fr" => n is 0 or 1 ? "one" : "other",
            _ => n == 1 ? "one" : "other",
        };
    }

    /// <summary>The phrase for n in the current language; English falls back to the key itself.</summary>
    public static string Counted(this IStringLocalizer text, string phrase, long n)
    {
        var culture = CultureInfo.CurrentUICulture;
        var form = text[$"{phrase}|{Category(n, culture)}"];
        var template = form.ResourceNotFound && culture.TwoLetterISOLanguageName == "en" ? phrase : form.Value;
        return string.Format(CultureInfo.CurrentCulture, template, n);
    }
}
