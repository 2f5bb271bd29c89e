using Nassij.Web.Platform.Localization;

namespace Nassij.Tests.Platform;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إسماعيل", "اسماعيل")]
    [InlineData("آمال", "امال")]
    [InlineData("جمعية", "جمعيه")]
    [InlineData("مصطفى", "مصطفي")]
    [InlineData("جمعـــية", "جمعيه")]
    [InlineData("مُحَمَّد", "محمد")]
    [InlineData("مؤسسة", "موسسه")]
    [InlineData("رئيس", "رييس")]
    [InlineData("Fès", "fes")]
    [InlineData("FÈS", "fes")]
    [InlineData("Béni Mellal-Khénifra", "beni mellal khenifra")]
    [InlineData("Cœur", "coeur")]
    [InlineData("١٢٣", "123")]
    [InlineData("  L'Oriental  ", "l oriental")]
    public void Folds_what_people_type_to_one_key(string typed, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(typed));

    [Fact]
    public void A_query_and_a_name_written_differently_meet()
    {
        var stored = TextFolding.Fold("جمعية الأمل للتنمية والتضامن Association Al Amal");
        foreach (var term in TextFolding.Terms("جمعيه الامل"))
        {
            Assert.Contains(term, stored, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Terms_are_distinct_and_bounded()
    {
        Assert.Equal(["a", "b"], TextFolding.Terms("A a B"));
        Assert.Equal(6, TextFolding.Terms("a b c d e f g h").Count);
        Assert.Empty(TextFolding.Terms("  - ; "));
    }
}
