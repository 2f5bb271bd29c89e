using System.Globalization;
using Nassij.Web.Platform.Localization;

namespace Nassij.Tests.Platform;

public sealed class FormatsTests
{
    private static string In(CultureInfo culture, Func<string> format)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return format();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Arabic_dates_use_latin_digits_and_moroccan_month_names() =>
        Assert.Equal("15 يناير 2026", In(Cultures.Arabic, () => Formats.Date(new DateOnly(2026, 1, 15))));

    [Fact]
    public void Times_are_shown_in_casablanca()
    {
        // Morocco keeps UTC+1 outside Ramadan.
        var utc = new DateTimeOffset(2026, 11, 23, 23, 30, 0, TimeSpan.Zero);
        Assert.Equal("24 novembre 2026 00:30", In(Cultures.French, () => Formats.DateTime(utc)));
    }

    [Fact]
    public void Mad_amounts_have_two_decimals_and_moroccan_grouping()
    {
        // CLDR's Moroccan French and Arabic both group with dots and use a decimal comma.
        Assert.Equal("1.234.567,50 MAD", In(Cultures.French, () => Formats.Mad(1234567.5m)));
        Assert.Equal("\u20661.234.567,50 MAD\u2069", In(Cultures.Arabic, () => Formats.Mad(1234567.5m)));
    }

    [Theory]
    [InlineData("+212 522 00 00 00", "tel:+212522000000")]
    [InlineData("05.22.00.00.00", "tel:0522000000")]
    [InlineData("06 61-23-45-67 (soir)", "tel:0661234567")]
    [InlineData("٠٦١٢٣٤٥٦٧٨", "tel:0612345678")]
    [InlineData("+212 537 00 00 00 x12", "tel:+212537000000")]
    [InlineData("0537 00 00 00 poste 3", "tel:0537000000")]
    [InlineData("Tél. (+212) 537-000000", "tel:+212537000000")]
    public void Phone_links_carry_only_what_is_dialled(string typed, string href) =>
        Assert.Equal(href, Formats.TelHref(typed));
}
