using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Support.Cases;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Support.Desk;

public enum DeskView
{
    Mine = 1,
    Unassigned = 2,
    AtRisk = 3,
    All = 4,
}

public sealed record DeskRow(int Id, string Reference, string Subject, string RequesterName, CaseTopic Topic, CaseStatus Status, CasePriority Priority, string? AssigneeName, DateTimeOffset? NextDueAt, DateTimeOffset LastActivityAt);

public sealed record QueueChoice(int Id, string Name);

/// <summary>/support/desk: the adviser's cases, most urgent deadline first, filtered and searched.</summary>
[Authorize(Policy = Policies.SupportDesk)]
public sealed class IndexModel(NassijDb db, CaseAccess access, CaseClock clock, TimeProvider time) : PageModel
{
    private const int PageSize = 30;

    [BindProperty(SupportsGet = true)]
    public DeskView View { get; set; } = DeskView.Mine;

    [BindProperty(SupportsGet = true)]
    public CaseStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Queue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<DeskRow> Rows { get; private set; } = [];
    public IReadOnlyList<QueueChoice> Queues { get; private set; } = [];
    public bool HasNext { get; private set; }
    public DateTimeOffset Now { get; private set; }
    public DateTimeOffset WarnFrom => Now.AddMinutes(clock.Targets.WarnMinutesBefore);
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task OnGetAsync(CancellationToken cancel)
    {
        ModelState.Clear();
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        Now = time.GetUtcNow();
        Queues = await db.CaseQueues.AsNoTracking().OrderBy(q => q.Id).Select(q => new QueueChoice(q.Id, Arabic ? q.NameAr : q.NameFr)).ToListAsync(cancel);
        var me = User.PersonId();
        var cases = access.Workable(User).AsNoTracking();
        cases = View switch
        {
            DeskView.Mine => cases.Where(c => c.AssigneeId == me),
            DeskView.Unassigned => cases.Where(c => c.AssigneeId == null),
            DeskView.AtRisk => cases.Where(c => c.NextDueAt != null && c.NextDueAt <= WarnFrom),
            _ => cases,
        };
        cases = Status is { } status ? cases.Where(c => c.Status == status) : cases.Where(c => CaseStatuses.Live.Contains(c.Status));
        if (Queue is { } queue)
        {
            cases = cases.Where(c => c.QueueId == queue);
        }

        cases = cases.WhereKeyHasAllTerms(c => c.SearchKey, Q);
        // Live cases by deadline; settled ones newest first (a deadline means nothing once the case is done).
        var ordered = Status is CaseStatus.Resolved or CaseStatus.Closed
            ? cases.OrderByDescending(c => c.Id)
            : cases.OrderBy(c => c.NextDueAt == null).ThenBy(c => c.NextDueAt).ThenBy(c => c.Id);
        var rows = await ordered
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(c => new DeskRow(c.Id, c.Reference, c.Subject, c.RequesterName, c.Topic, c.Status, c.Priority,
                db.Users.Where(u => u.Id == c.AssigneeId).Select(u => u.DisplayName).FirstOrDefault(), c.NextDueAt, c.LastActivityAt))
            .ToListAsync(cancel);
        HasNext = rows.Count > PageSize;
        Rows = [.. rows.Take(PageSize)];
    }

    public object RouteFor(int page) => new { view = View, status = Status, queue = Queue, q = Q, p = page };
}
