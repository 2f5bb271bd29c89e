using Nassij.Web.Features.Workspace.Members;

namespace Nassij.Tests.Workspace;

public sealed class MemberRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static MemberForm Valid() => new() { NameAr = "أحمد", JoinedOn = Today, Consent = true, ConsentPurpose = "Membership" };

    [Fact]
    public void A_member_needs_a_name_in_one_script_or_the_other()
    {
        var form = Valid();
        form.NameAr = " ";
        Assert.Contains(MemberRules.Check(form, Today), b => b.Field == nameof(form.NameAr));
        form.NameLatin = "Ahmed";
        Assert.Empty(MemberRules.Check(form, Today));
    }

    [Fact]
    public void No_data_without_the_member_s_consent() =>
        Assert.Contains(MemberRules.Check(new MemberForm { NameAr = "أحمد", JoinedOn = Today, ConsentPurpose = "x" }, Today), b => b.Field == "Consent");

    [Fact]
    public void Changing_the_purpose_dates_the_consent_again()
    {
        var member = new Member { ConsentPurpose = "Membership", ConsentGivenOn = Today.AddYears(-1) };
        var form = MemberRules.ToForm(member);
        form.NameAr = "أحمد";
        MemberRules.Apply(form, member, Today);
        Assert.Equal(Today.AddYears(-1), member.ConsentGivenOn);
        form.ConsentPurpose = "Membership and newsletters";
        MemberRules.Apply(form, member, Today);
        Assert.Equal(Today, member.ConsentGivenOn);
    }

    [Fact]
    public void The_search_key_forgives_hamza_and_case()
    {
        var member = new Member { ConsentPurpose = "x" };
        MemberRules.Apply(new MemberForm { NameAr = "أحمد الإدريسي", NameLatin = "Ahmed IDRISSI", NationalId = "be123456", JoinedOn = Today, Consent = true, ConsentPurpose = "x" }, member, Today);
        Assert.Contains("احمد الادريسي", member.SearchKey, StringComparison.Ordinal);
        Assert.Contains("idrissi", member.SearchKey, StringComparison.Ordinal);
        Assert.Equal("BE123456", member.NationalId);
    }
}
