using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Support.Cases;

/// <summary>/support/follow: sends the secret link again to the address on the case. It says the
/// same whether or not the reference and address match, so it tells a stranger nothing.</summary>
public sealed class ResendModel(NassijDb db, CaseNotices notices, IStringLocalizer<SupportText> text) : PageModel
{
    public IActionResult OnGet() => Redirect("/support");

    public async Task<IActionResult> OnPostAsync(string? reference, string? email, CancellationToken cancel)
    {
        var normalized = email?.Trim().ToLowerInvariant();
        var c = string.IsNullOrWhiteSpace(reference) || string.IsNullOrWhiteSpace(normalized) ? null
            : await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Reference == reference.Trim().ToUpperInvariant(), cancel);
        if (c?.RequesterEmail is not null && c.RequesterEmail == normalized)
        {
            notices.Received(c);
            await db.SaveChangesAsync(cancel);
        }

        TempData["Notice"] = text["If this reference and address match a question, the link is on its way to that address."].Value;
        return Redirect("/support");
    }
}
