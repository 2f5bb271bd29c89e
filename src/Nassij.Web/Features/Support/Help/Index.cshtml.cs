using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Support.Help;

/// <summary>/help and /help/documents: the knowledge base, searched, by category, most read first.</summary>
public sealed class IndexModel(NassijDb db) : PageModel
{
    private const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public ArticleCategory? Category { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public bool Documents { get; private set; }
    public IReadOnlyList<ArticleRow> Rows { get; private set; } = [];
    public bool HasNext { get; private set; }
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task OnGetAsync(CancellationToken cancel)
    {
        ModelState.Clear();
        Documents = HttpContext.Request.Path.StartsWithSegments("/help/documents", StringComparison.OrdinalIgnoreCase);
        PageNumber = Math.Clamp(PageNumber, 1, 1000);
        var rows = await ArticleSearch.Find(db, Q, Documents ? ArticleKind.ModelDocument : string.IsNullOrWhiteSpace(Q) ? ArticleKind.Article : null, Category, Arabic)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancel);
        HasNext = rows.Count > PageSize;
        Rows = [.. rows.Take(PageSize)];
    }

    public object RouteFor(int page) => new { q = Q, category = Category, p = page };
}
