using Nassij.Web.Features.Associations;
using Nassij.Web.Platform.Localization;

namespace Nassij.Tests.Associations;

public sealed class DirectoryWordsTests
{
    [Theory]
    [InlineData("للتنميه", "تنميه")]
    [InlineData("والتضامن", "تضامن")]
    [InlineData("بفاس", "فاس")]
    [InlineData("الامل", "امل")]
    [InlineData("امل", "امل")]
    [InlineData("fes", "fes")]
    public void Arabic_words_lose_their_attached_article_and_particles(string word, string stem) =>
        Assert.Equal(stem, TextFolding.Stem(word));

    [Fact]
    public void A_name_and_a_query_typed_differently_share_a_word()
    {
        var indexed = DirectoryWords.Of("جمعية الأمل للتنمية بفاس", "Association Al Amal de Fès", "AADF").ToHashSet();
        foreach (var query in new[] { "التنمية", "تنميه", "فاس", "الامل", "FES", "aadf" })
        {
            Assert.All(DirectoryWords.OfQuery(query), w => Assert.Contains(w, indexed));
        }
    }

    [Fact]
    public void Words_every_name_has_are_not_searched()
    {
        Assert.Empty(DirectoryWords.OfQuery("جمعية association de la"));
        Assert.DoesNotContain("جمعيه", DirectoryWords.Of("جمعية النور", "Association Annour", null));
    }
}
