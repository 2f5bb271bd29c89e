using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Support.Cases;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Support.Help;

/// <summary>/help/{slug}: one article or model document, in the reader's language, with "was this useful?".</summary>
public sealed class ReadModel(NassijDb db, IStringLocalizer<SupportText> text) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = string.Empty;

    public Article Article { get; private set; } = null!;
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";
    public bool Voted => Request.Cookies.ContainsKey(VoteCookie);

    public CaseTopic Topic => Article.Category switch
    {
        ArticleCategory.Money => CaseTopic.Financial,
        ArticleCategory.PublicFunding => CaseTopic.Funding,
        ArticleCategory.Digital => CaseTopic.Digital,
        ArticleCategory.Founding or ArticleCategory.Governance => CaseTopic.Legal,
        _ => CaseTopic.Other,
    };

    private string VoteCookie => $"help-voted-{Slug}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == Slug && a.Published, cancel);
        if (article is null)
        {
            return NotFound();
        }

        // Counted in the database, not read-modify-write: many readers at once each count.
        await db.Articles.Where(a => a.Id == article.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Views, a => a.Views + 1), cancel);
        Article = article;
        return Page();
    }

    public async Task<IActionResult> OnPostVoteAsync(bool useful, CancellationToken cancel)
    {
        var id = await db.Articles.Where(a => a.Slug == Slug && a.Published).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancel);
        if (id is null)
        {
            return NotFound();
        }

        if (!Voted)
        {
            await (useful
                ? db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Useful, a => a.Useful + 1), cancel)
                : db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.NotUseful, a => a.NotUseful + 1), cancel));
            Response.Cookies.Append(VoteCookie, "1", new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax });
        }

        TempData["Notice"] = (useful ? text["Thank you for telling us."] : text["Thank you. If your question remains, an adviser can answer it."]).Value;
        return Redirect($"/help/{Slug}");
    }
}
