using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Mail;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Dues;

public sealed record DuesRow(int MemberId, string? NameAr, string? NameLatin, string? Email, decimal Owed, decimal Paid, DateOnly DueOn, bool Settled);

public enum DuesFilter
{
    All = 0,
    Unpaid = 1,
    InArrears = 2,
    Settled = 3,
}

/// <summary>Who is up to date and who is in arrears for a year, with the year's totals and reminders by e-mail.</summary>
[Authorize]
public sealed class IndexModel(NassijDb db, AssociationAccess access, Mailer mailer, SiteLinks links, Audit audit, TimeProvider clock, IStringLocalizer<WorkspaceText> text) : PageModel
{
    public const int PageSize = 25;

    /// <summary>A member is not reminded more often than this.</summary>
    public static readonly TimeSpan ReminderInterval = TimeSpan.FromDays(7);

    [FromRoute]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public DuesFilter Show { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public WorkspaceContext Workspace { get; private set; } = null!;
    public IReadOnlyList<DuesRow> Rows { get; private set; } = [];
    public IReadOnlyList<FeeSchedule> Schedules { get; private set; } = [];
    public bool HasNext { get; private set; }
    public decimal Expected { get; private set; }
    public decimal Collected { get; private set; }
    public int InArrears { get; private set; }
    public DateOnly Today { get; private set; }
    public int TheYear => Year ?? Today.Year;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (!await Prepare(cancel))
        {
            return NotFound();
        }

        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        var rows = await Filtered().OrderBy(d => d.Member!.SortName).ThenBy(d => d.MemberId)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(d => new DuesRow(d.MemberId, d.Member!.NameAr, d.Member.NameLatin, d.Member.Email, d.Owed, d.Paid, d.DueOn, d.Settled))
            .ToListAsync(cancel);
        HasNext = rows.Count > PageSize;
        Rows = rows.Take(PageSize).ToList();
        await Totals(cancel);
        return Page();
    }

    /// <summary>E-mails every member in arrears who has an address and was not reminded in the last week.</summary>
    public async Task<IActionResult> OnPostRemindAsync(CancellationToken cancel)
    {
        if (!await Prepare(cancel) || !Workspace.IsTreasurer)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        var since = now - ReminderInterval;
        var due = await db.MemberDues.Where(d => d.AssociationId == Id && d.Year == TheYear && !d.Settled && d.DueOn < Today
                && d.Member!.Email != null && (d.RemindedAt == null || d.RemindedAt < since))
            .Select(d => new { Dues = d, d.Member!.Email, Name = d.Member.NameAr ?? d.Member.NameLatin })
            .OrderBy(x => x.Dues.Id)
            .Take(5000)
            .ToListAsync(cancel);
        foreach (var item in due)
        {
            // Members have no language of their own yet: they are written to in the officer's.
            mailer.Queue(item.Email!, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, text, "Your dues for {1}",
                "Hello {0},\n\nOur records show that your {1} dues to {2} are not fully paid: {3} remain to pay. If you have paid already, please tell us and accept our apologies.\n\nYou can see your membership here: {4}\n\nThank you for your support.",
                item.Name ?? string.Empty, TheYear.ToString(CultureInfo.InvariantCulture), Workspace.Name, Formats.Mad(item.Dues.Owed - item.Dues.Paid), links.Absolute($"/workspace/{Id}"));
            item.Dues.RemindedAt = now;
        }

        audit.Record("dues.reminded", nameof(MemberDues), Id, after: new { Year = TheYear, Count = due.Count });
        await db.SaveChangesAsync(cancel);
        TempData["Notice"] = text["{0} reminders will be sent by e-mail.", due.Count].Value;
        return Redirect($"/workspace/{Id}/dues?year={TheYear}&show={DuesFilter.InArrears}");
    }

    private async Task Totals(CancellationToken cancel)
    {
        var year = db.MemberDues.AsNoTracking().Where(d => d.AssociationId == Id && d.Year == TheYear);
        // Amounts are summed here rather than in SQL: SQLite stores decimals as text.
        var amounts = await year.Select(d => new { d.Owed, d.Paid }).ToListAsync(cancel);
        Expected = amounts.Sum(a => a.Owed);
        Collected = amounts.Sum(a => a.Paid);
        InArrears = await year.CountAsync(d => !d.Settled && d.DueOn < Today, cancel);
    }

    private IQueryable<MemberDues> Filtered()
    {
        var dues = db.MemberDues.AsNoTracking().Where(d => d.AssociationId == Id && d.Year == TheYear);
        dues = Show switch
        {
            DuesFilter.Unpaid => dues.Where(d => !d.Settled),
            DuesFilter.InArrears => dues.Where(d => !d.Settled && d.DueOn < Today),
            DuesFilter.Settled => dues.Where(d => d.Settled),
            _ => dues,
        };
        return dues.WhereKeyHasAllTerms(d => d.Member!.SearchKey, Q);
    }

    private async Task<bool> Prepare(CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, User, Id, cancel) is not { IsOfficer: true } workspace)
        {
            return false;
        }

        Workspace = workspace;
        Today = Formats.TodayInMorocco(clock);
        Year = Math.Clamp(TheYear, 2000, Today.Year + 1);
        Schedules = await db.FeeSchedules.AsNoTracking().Where(f => f.AssociationId == Id && f.Year == TheYear).OrderBy(f => f.Category).ToListAsync(cancel);
        return true;
    }

    public object RouteFor(int page) => new { year = TheYear, show = Show, q = Q, p = page };
}
