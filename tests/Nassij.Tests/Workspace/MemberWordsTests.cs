using Nassij.Web.Features.Workspace.Members;

namespace Nassij.Tests.Workspace;

public sealed class MemberWordsTests
{
    [Fact]
    public void A_member_is_found_by_each_word_of_both_names_the_id_number_and_the_phone_as_dialled_at_home()
    {
        var member = new Member { NameAr = "أحمد الإدريسي", NameLatin = "Ahmed El Idrissi", NationalId = "BK12345", Phone = "+212 6 12-34-56-78", ConsentPurpose = "test" };
        member.Refresh();

        var words = MemberWords.Of(member);

        string[] expected = ["0612345678", "احمد", "الادريسي", "ادريسي", "ahmed", "el", "idrissi", "bk12345"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), words.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_query_is_folded_and_stemmed_like_the_words_so_the_article_and_hamza_do_not_matter()
    {
        Assert.Equal(["احمد", "ادريسي"], MemberWords.OfQuery("أحمد  الإدريسي"));
        Assert.Equal(["idrissi"], MemberWords.OfQuery("IDRÏSSI"));
        Assert.Empty(MemberWords.OfQuery(" - "));
        Assert.Equal(["0612345678"], MemberWords.OfQuery("+212612345678"));
        Assert.Equal(["0612345678"], MemberWords.OfQuery("00212612345678"));
    }

    [Fact]
    public void A_short_phone_is_not_a_word()
    {
        var member = new Member { NameLatin = "Sara", Phone = "12-34", ConsentPurpose = "test" };

        Assert.Equal(["sara"], MemberWords.Of(member));
    }
}
