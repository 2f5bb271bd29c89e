using System.Globalization;

namespace Nassij.Web.Platform.Localization;

/// <summary>How times, dates and amounts are shown: Morocco's time zone, the reader's culture.</summary>
public static class Formats
{
    public static DateTimeOffset ToMorocco(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Cultures.Morocco);

    /// <summary>A wall-clock time typed in Morocco, as UTC. A time skipped by a clock change counts as the hour after.</summary>
    public static DateTimeOffset FromMorocco(DateTime local)
    {
        var unspecified = System.DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Cultures.Morocco.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(unspecified, Cultures.Morocco));
    }

    /// <summary>For a datetime-local field: the Morocco wall-clock time, to the minute.</summary>
    public static DateTime LocalInMorocco(DateTimeOffset utc) => ToMorocco(utc).DateTime;

    public static DateOnly TodayInMorocco(TimeProvider clock) => DateOnly.FromDateTime(ToMorocco(clock.GetUtcNow()).DateTime);

    /// <summary>A tel: link as phones dial it: the leading + and the digits (Arabic-Indic ones too), without the
    /// spaces and dots people type, and without an extension or a note ("x12", "poste 3", "(soir)").</summary>
    public static string TelHref(string phone)
    {
        var dialled = new System.Text.StringBuilder("tel:");
        foreach (var c in phone.Trim())
        {
            if (c == '+' && dialled.Length == 4)
            {
                dialled.Append(c);
            }
            else if (char.IsDigit(c))
            {
                dialled.Append((int)char.GetNumericValue(c));
            }
            else if ((char.IsLetter(c) || c == '(') && dialled.Length > 5)
            {
                break;
            }
        }

        return dialled.ToString();
    }

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Date(DateTimeOffset utc) => ToMorocco(utc).ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string DateTime(DateTimeOffset utc) => ToMorocco(utc).ToString("d MMMM yyyy HH:mm", CultureInfo.CurrentCulture);

    /// <summary>A MAD amount as Moroccans write it: "12 345,50 MAD" (grouping per culture, two decimals).
    /// In Arabic it is isolated left-to-right (LRI…PDI), or the page's direction would show "MAD 12 345,50".</summary>
    public static string Mad(decimal amount)
    {
        var text = string.Create(CultureInfo.CurrentCulture, $"{amount:N2} MAD");
        return Cultures.IsRightToLeft(CultureInfo.CurrentCulture) ? $"\u2066{text}\u2069" : text;
    }

    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
