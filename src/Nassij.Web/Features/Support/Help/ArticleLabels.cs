namespace Nassij.Web.Features.Support.Help;

/// <summary>How article categories read (SupportText keys).</summary>
public static class ArticleLabels
{
    public static string Of(ArticleCategory category) => category switch
    {
        ArticleCategory.Founding => "Founding and declaring",
        ArticleCategory.Governance => "General assemblies and the board",
        ArticleCategory.Money => "Money, accounts and donations",
        ArticleCategory.PublicFunding => "Public funding",
        ArticleCategory.PersonalData => "Personal data",
        _ => "Digital tools",
    };
}
