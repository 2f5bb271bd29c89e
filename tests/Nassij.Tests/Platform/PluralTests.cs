using System.Globalization;
using Nassij.Web.Platform.Localization;

namespace Nassij.Tests.Platform;

public sealed class PluralTests
{
    [Theory]
    [InlineData(0, "zero")]
    [InlineData(1, "one")]
    [InlineData(2, "two")]
    [InlineData(3, "few")]
    [InlineData(10, "few")]
    [InlineData(11, "many")]
    [InlineData(99, "many")]
    [InlineData(100, "other")]
    [InlineData(103, "few")]
    [InlineData(111, "many")]
    public void Arabic_has_six_forms_chosen_by_the_cldr_rule(long n, string form) =>
        Assert.Equal(form, Plural.Category(n, Cultures.Arabic));

    [Theory]
    [InlineData(0, "one")]
    [InlineData(1, "one")]
    [InlineData(2, "other")]
    public void French_counts_zero_as_singular(long n, string form) =>
        Assert.Equal(form, Plural.Category(n, Cultures.French));

    [Fact]
    public void English_counts_zero_as_plural() => Assert.Equal("other", Plural.Category(0, CultureInfo.GetCultureInfo("en-GB")));
}
