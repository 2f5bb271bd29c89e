using System.Globalization;
using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Localization;

namespace Nassij.Web.Platform.Documents;

/// <summary>Texts and formats in one fixed language, whatever the reader's: for bilingual documents such as agreements.</summary>
public sealed class InCulture(IStringLocalizer text, CultureInfo culture)
{
    public CultureInfo Culture => culture;
    public string Language => culture.TwoLetterISOLanguageName;
    public bool Arabic => Language == "ar";

    public string this[string key, params object[] args] => Run(() => text[key, args].Value);

    public string Mad(decimal amount) => Run(() => Formats.Mad(amount));

    public string Date(DateOnly date) => Run(() => Formats.Date(date));

    private T Run<T>(Func<T> work)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return work();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
