using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Support.Help;

public sealed record ArticleLine(int Id, string Slug, ArticleKind Kind, ArticleCategory Category, string Title, bool Published, int Views, int Useful, int NotUseful);

/// <summary>/support/desk/articles: supervisors write and publish the knowledge base; "new" or an id edits one.</summary>
[Authorize(Policy = Policies.SupportSupervision)]
public sealed class WriteModel(NassijDb db, Audit audit, TimeProvider time, IStringLocalizer<SupportText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty]
    public ArticleForm Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public IReadOnlyList<ArticleLine> Articles { get; private set; } = [];
    public bool Editing => Id is not null;
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (Id is null)
        {
            Articles = await db.Articles.AsNoTracking().OrderBy(a => a.Kind).ThenBy(a => a.Category).ThenBy(a => a.Id).Take(1000)
                .Select(a => new ArticleLine(a.Id, a.Slug, a.Kind, a.Category, Arabic ? a.TitleAr : a.TitleFr, a.Published, a.Views, a.Useful, a.NotUseful))
                .ToListAsync(cancel);
            return Page();
        }

        if (Id == "new")
        {
            return Page();
        }

        var article = await Load(cancel);
        if (article is null)
        {
            return NotFound();
        }

        Input = new ArticleForm
        {
            Slug = article.Slug,
            Kind = article.Kind,
            Category = article.Category,
            TitleAr = article.TitleAr,
            TitleFr = article.TitleFr,
            SummaryAr = article.SummaryAr,
            SummaryFr = article.SummaryFr,
            LegalBasisAr = article.LegalBasisAr,
            LegalBasisFr = article.LegalBasisFr,
            BodyAr = article.BodyAr,
            BodyFr = article.BodyFr,
            Published = article.Published,
        };
        Version = article.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        var article = Id == "new" ? new Article { Slug = "", TitleAr = "", TitleFr = "", SummaryAr = "", SummaryFr = "", BodyAr = "", BodyFr = "", LegalBasisAr = "", LegalBasisFr = "" } : await Load(cancel);
        if (article is null)
        {
            return NotFound();
        }

        if (Input.Slug is not null && await db.Articles.AnyAsync(a => a.Slug == Input.Slug && a.Id != article.Id, cancel))
        {
            ModelState.AddModelError("Input.Slug", text["Another article already has this address."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (article.Id != 0)
        {
            db.Entry(article).Property(a => a.Version).OriginalValue = Version;
        }

        (article.Slug, article.Kind, article.Category, article.Published) = (Input.Slug!, Input.Kind, Input.Category, Input.Published);
        (article.TitleAr, article.TitleFr, article.SummaryAr, article.SummaryFr) = (Input.TitleAr!.Trim(), Input.TitleFr!.Trim(), Input.SummaryAr!.Trim(), Input.SummaryFr!.Trim());
        (article.LegalBasisAr, article.LegalBasisFr, article.BodyAr, article.BodyFr) = (Input.LegalBasisAr!.Trim(), Input.LegalBasisFr!.Trim(), Input.BodyAr!.Trim(), Input.BodyFr!.Trim());
        article.UpdatedAt = time.GetUtcNow();
        article.SearchKey = ArticleSearch.KeyOf(article);
        if (article.Id == 0)
        {
            db.Articles.Add(article);
        }

        try
        {
            await db.SaveChangesAsync(cancel);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, text["Someone else changed this article while you were editing. Your text is still in the form: check it and save again."]);
            return Page();
        }

        audit.Record(Id == "new" ? "article.added" : "article.edited", nameof(Article), article.Slug, after: new { article.Published, article.Kind });
        await db.SaveChangesAsync(cancel);
        TempData["Notice"] = text["The article is saved."].Value;
        return Redirect(article.Published ? $"/help/{article.Slug}" : "/support/desk/articles");
    }

    private Task<Article?> Load(CancellationToken cancel) =>
        int.TryParse(Id, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? db.Articles.FirstOrDefaultAsync(a => a.Id == id, cancel)
            : Task.FromResult<Article?>(null);
}
