using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Mail;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Admin;

/// <summary>Every e-mail the platform queued, newest first: the demo's mailbox when no SMTP server is set.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class OutboxModel(NassijDb db, IOptions<SmtpOptions> smtp) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<OutboxMessage> Messages { get; private set; } = [];
    public bool HasNext { get; private set; }
    public bool SmtpConfigured => smtp.Value.IsConfigured;

    public async Task OnGetAsync(CancellationToken cancel)
    {
        PageNumber = Math.Max(1, PageNumber);
        var query = db.OutboxMessages.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(To))
        {
            var to = To.Trim();
            query = query.Where(m => m.To == to);
        }

        var rows = await query.OrderByDescending(m => m.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancel);
        HasNext = rows.Count > PageSize;
        Messages = rows.Take(PageSize).ToList();
    }

    public object RouteFor(int page) => new { to = To, p = page };
}
