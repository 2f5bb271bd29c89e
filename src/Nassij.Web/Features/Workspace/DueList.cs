using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Funding.Agreements;
using Nassij.Web.Features.Funding.Reports;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;

namespace Nassij.Web.Features.Workspace;

/// <summary>Something the officers must do: what (a resource key and its arguments), by when, and the page that does it.</summary>
public sealed record DueItem(string Text, object[] Args, DateOnly? By, string Link, string Action, bool Late);

/// <summary>Gathers what is due in an association from every module, most urgent first. Each module adds its own query here.</summary>
public sealed class DueList(NassijDb db)
{
    /// <summary>How far ahead a deadline starts to show.</summary>
    public const int Horizon = 30;

    public async Task<IReadOnlyList<DueItem>> For(WorkspaceContext workspace, DateOnly today, CancellationToken cancel)
    {
        var items = new List<DueItem>();
        if (!workspace.IsOfficer)
        {
            return items;
        }

        await ReportsToFunders(workspace.Id, today, items, cancel);
        var erasures = await db.ErasureRequests.CountAsync(r => r.AssociationId == workspace.Id && r.Decision == Me.ErasureDecision.Pending, cancel);
        if (erasures > 0)
        {
            items.Add(new("{0} members ask that their personal data be erased.", [erasures], null, $"/workspace/{workspace.Id}/members/erasure", "Decide", true));
        }

        await Meetings(workspace.Id, today, items, cancel);
        await Dues(workspace, today, items, cancel);
        await BooksDue(workspace.Id, today, items, cancel);
        await BoardDue(workspace.Id, today, items, cancel);
        await DocumentsDue(workspace.Id, today, items, cancel);
        await ActivitiesDue(workspace.Id, today, items, cancel);
        return [.. items.OrderByDescending(i => i.Late).ThenBy(i => i.By ?? DateOnly.MaxValue)];
    }

    private async Task ReportsToFunders(int associationId, DateOnly today, List<DueItem> items, CancellationToken cancel)
    {
        var horizon = today.AddDays(Horizon);
        var agreements = await db.Agreements.AsNoTracking()
            .Where(a => a.AssociationId == associationId && a.State == AgreementState.Active)
            .Select(a => new
            {
                a.Id,
                a.Number,
                a.InterimReportDueOn,
                a.FinalReportDueOn,
                HasInterim = a.Tranches.Count > 1,
                InterimDone = db.Reports.Any(r => r.AgreementId == a.Id && r.TrancheNumber == 1 && !r.IsFinal && (r.State == ReportState.Submitted || r.State == ReportState.Approved)),
                FinalDone = db.Reports.Any(r => r.AgreementId == a.Id && r.IsFinal && (r.State == ReportState.Submitted || r.State == ReportState.Approved)),
            })
            .OrderBy(a => a.Id)
            .Take(20)
            .ToListAsync(cancel);
        foreach (var a in agreements)
        {
            if (a.HasInterim && !a.InterimDone && a.InterimReportDueOn <= horizon)
            {
                items.Add(new("Interim report on agreement {0}, due on {1}", [a.Number, a.InterimReportDueOn], a.InterimReportDueOn, $"/agreements/{a.Id}", "Write the report", a.InterimReportDueOn < today));
            }
            else if (!a.FinalDone && a.FinalReportDueOn <= horizon)
            {
                items.Add(new("Final report on agreement {0}, due on {1}", [a.Number, a.FinalReportDueOn], a.FinalReportDueOn, $"/agreements/{a.Id}", "Write the report", a.FinalReportDueOn < today));
            }
        }
    }

    private async Task Meetings(int associationId, DateOnly today, List<DueItem> items, CancellationToken cancel)
    {
        var yearAgo = Formats.FromMorocco(today.AddYears(-1).ToDateTime(TimeOnly.MinValue));
        var lastAssembly = await db.Meetings.AsNoTracking().AnyAsync(m => m.AssociationId == associationId && m.Body == Governance.BodyKind.GeneralAssembly && m.StartsAt >= yearAgo, cancel);
        if (!lastAssembly)
        {
            items.Add(new("No general assembly in the last twelve months: plan this year's.", [], null, $"/workspace/{associationId}/meetings/new", "Plan a meeting", false));
        }

        var planned = await db.Meetings.AsNoTracking().Where(m => m.AssociationId == associationId && m.Status == Governance.MeetingStatus.Planned)
            .OrderBy(m => m.StartsAt).Take(5).ToListAsync(cancel);
        // The rules are read once per body, not once per meeting.
        var rulesOf = new Dictionary<Governance.BodyKind, Governance.BodyRules>();
        foreach (var meeting in planned)
        {
            if (!rulesOf.TryGetValue(meeting.Body, out var rules))
            {
                rules = rulesOf[meeting.Body] = await Governance.Convocations.RulesOf(db, associationId, meeting.Body, cancel);
            }

            var convokeBy = Governance.GovernanceRules.ConvokeBy(rules, DateOnly.FromDateTime(Formats.LocalInMorocco(meeting.StartsAt)));
            if (convokeBy <= today.AddDays(7))
            {
                items.Add(new("Convene the meeting of {0} by {1}", [meeting.StartsAt, convokeBy], convokeBy, $"/workspace/{associationId}/meetings/{meeting.Id}", "Convene", convokeBy < today));
            }
        }
    }

    private async Task Dues(WorkspaceContext workspace, DateOnly today, List<DueItem> items, CancellationToken cancel)
    {
        var id = workspace.Id;
        var hasMembers = await db.Members.AnyAsync(m => m.AssociationId == id, cancel);
        if (!hasMembers)
        {
            items.Add(new("The member list is empty: add the members or import your list.", [], null, $"/workspace/{id}/members/import", "Import a file", false));
            return;
        }

        if (!await db.FeeSchedules.AnyAsync(f => f.AssociationId == id && f.Year == today.Year, cancel))
        {
            items.Add(new("No fee is set for {0} yet: set what each category of members pays, and by when.", [Year(today)], null, $"/workspace/{id}/dues/fees?year={today.Year}", "Set the fees", false));
            return;
        }

        var arrears = await db.MemberDues.CountAsync(d => d.AssociationId == id && d.Year == today.Year && !d.Settled && d.DueOn < today, cancel);
        if (arrears > 0)
        {
            items.Add(new("{0} members have not paid their dues for {1}.", [arrears, Year(today)], null, $"/workspace/{id}/dues?year={today.Year}&show=InArrears", "See who", true));
        }
    }

    private async Task BooksDue(int associationId, DateOnly today, List<DueItem> items, CancellationToken cancel)
    {
        var undeclared = await db.BookEntries.AsNoTracking()
            .Where(e => e.AssociationId == associationId && e.Source == Books.FundSource.ForeignFunding && e.DeclaredOn == null
                && e.Kind == Books.EntryKind.Income && e.ReversesEntryId == null && e.ReversedByEntryId == null)
            .OrderBy(e => e.Date).Take(5).Select(e => new { e.Id, e.Date, e.Funder }).ToListAsync(cancel);
        foreach (var e in undeclared)
        {
            var by = Books.BookRules.DeclareBy(e.Date);
            items.Add(new("Declare the foreign funding from {0} to the SGG by {1}", [e.Funder ?? "", by], by, $"/workspace/{associationId}/books/entries/{e.Id}", "Record the declaration", by < today));
        }

        // From January to the deadline, last year's public funds are accounted for to the Court of Accounts.
        var last = today.Year - 1;
        var due = Books.BookRules.PublicAccountDueBy(last);
        if (today <= due.AddDays(Horizon)
            && await db.BookEntries.AnyAsync(e => e.AssociationId == associationId && e.Year == last && e.Source == Books.FundSource.PublicGrant, cancel)
            && !await db.BookYears.AnyAsync(y => y.AssociationId == associationId && y.Year == last && y.PublicAccountFiledOn != null, cancel))
        {
            items.Add(new("File the account on the use of {0}'s public funds with the Court of Accounts by {1}", [last.ToString(System.Globalization.CultureInfo.InvariantCulture), due], due,
                $"/workspace/{associationId}/books/statement?year={last}", "Prepare the account", today > due));
        }
    }

    private async Task BoardDue(int associationId, DateOnly today, List<DueItem> items, CancellationToken cancel)
    {
        var declarations = await db.BoardDeclarations.AsNoTracking().Where(d => d.AssociationId == associationId && d.FiledOn == null)
            .OrderBy(d => d.DueOn).Take(5).Select(d => new { d.Id, d.DueOn, d.Reason }).ToListAsync(cancel);
        foreach (var d in declarations)
        {
            items.Add(new(d.Reason == Board.DeclarationReason.BoardRenewed ? "Declare the new board to the local authority by {0}" : "Declare the amended statutes to the local authority by {0}",
                [d.DueOn], d.DueOn, $"/workspace/{associationId}/board/declarations/{d.Id}", "Prepare the file", d.DueOn < today));
        }

        // The board's term: from two months before it ends, the general assembly that elects the next one is due.
        var termEnds = await db.Associations.AsNoTracking().Where(a => a.Id == associationId).SelectMany(a => a.Board)
            .Where(b => b.TermEndsOn != null).MinAsync(b => b.TermEndsOn, cancel);
        if (termEnds is { } ends && ends <= today.AddDays(2 * Horizon))
        {
            items.Add(new("The board's term ends on {0}: convene the general assembly that elects the next board.", [ends], ends, $"/workspace/{associationId}/meetings/new", "Plan a meeting", ends < today));
        }
    }

    private async Task DocumentsDue(int associationId, DateOnly today, List<DueItem> items, CancellationToken cancel)
    {
        var soon = today.AddDays(Documents.LibraryRules.ExpiryNoticeDays);
        var expiring = await db.LibraryDocuments.AsNoTracking()
            .Where(d => d.AssociationId == associationId && d.DeletedAt == null && d.ExpiresOn != null && d.ExpiresOn <= soon)
            .OrderBy(d => d.ExpiresOn).Take(5).Select(d => new { d.Id, d.Title, d.ExpiresOn }).ToListAsync(cancel);
        foreach (var d in expiring)
        {
            items.Add(new("{0} expires on {1}", [d.Title, d.ExpiresOn!.Value], d.ExpiresOn, $"/workspace/{associationId}/documents/{d.Id}", "Upload a new version", d.ExpiresOn < today));
        }
    }

    /// <summary>Activities whose day has passed but whose participants and outcome are not recorded yet.</summary>
    private async Task ActivitiesDue(int associationId, DateOnly today, List<DueItem> items, CancellationToken cancel)
    {
        var unrecorded = await db.Activities.AsNoTracking().Where(a => a.AssociationId == associationId && !a.Done && a.StartsOn < today)
            .OrderBy(a => a.StartsOn).Take(5).Select(a => new { a.Id, a.Title, a.StartsOn }).ToListAsync(cancel);
        foreach (var a in unrecorded)
        {
            items.Add(new("Record what happened at {0} ({1})", [a.Title, a.StartsOn], a.StartsOn, $"/workspace/{associationId}/activities/{a.Id}", "Record", false));
        }
    }

    /// <summary>A year is a name, not a quantity: "2026", never "2.026".</summary>
    private static string Year(DateOnly day) => day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
