using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Funding.Agreements;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Features.Funding.Calls;
using Nassij.Web.Features.Funding.Reports;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Mail;

namespace Nassij.Web.Features.Funding.Reminders;

/// <summary>Finds who must be reminded now and queues the e-mails: reports due within a week, reports late,
/// drafts on a call that closes within three days. Windows, not exact days, so a server that was down catches up.</summary>
public sealed class ReminderSweep(NassijDb db, Mailer mailer, IStringLocalizer<FundingText> text)
{
    public const int DaysBeforeReport = 7;
    public const int DaysBeforeClosing = 3;
    private const int Batch = 500;

    public async Task<int> Run(DateTimeOffset now, CancellationToken cancel = default)
    {
        var today = DateOnly.FromDateTime(Formats.ToMorocco(now).DateTime);
        var sent = 0;
        sent += await Reports(today, now, final: false, late: false, cancel);
        sent += await Reports(today, now, final: false, late: true, cancel);
        sent += await Reports(today, now, final: true, late: false, cancel);
        sent += await Reports(today, now, final: true, late: true, cancel);
        sent += await Drafts(now, cancel);
        return sent;
    }

    private async Task<int> Reports(DateOnly today, DateTimeOffset now, bool final, bool late, CancellationToken cancel)
    {
        var kind = $"report-{(final ? "final" : "interim")}-{(late ? "late" : "soon")}";
        var horizon = late ? today.AddDays(-1) : today.AddDays(DaysBeforeReport);
        var agreements = db.Agreements.Where(a => a.State == AgreementState.Active && (final || a.Tranches.Count > 1)
            && (final ? a.FinalReportDueOn : a.InterimReportDueOn) <= horizon
            && !db.Reports.Any(r => r.AgreementId == a.Id && (final ? r.IsFinal : r.TrancheNumber == 1) && (r.State == ReportState.Submitted || r.State == ReportState.Approved))
            && !db.Reminders.Any(m => m.Kind == kind && m.SubjectId == a.Id));
        var due = await agreements.OrderBy(a => a.Id).Take(Batch)
            .Select(a => new { a.Id, a.Number, a.AssociationId, Due = final ? a.FinalReportDueOn : a.InterimReportDueOn })
            .ToListAsync(cancel);
        foreach (var a in due)
        {
            var (subject, body) = late
                ? ("Your report on agreement {1} is late", "Hello {0},\n\nThe report on agreement {1} was due on {2:d}. Submit it in Nassij: until then the next tranche cannot be paid, and the association cannot apply to new calls.")
                : ("Your report on agreement {1} is due soon", "Hello {0},\n\nThe report on agreement {1} is due on {2:d}. You can write it now in Nassij, under My agreements.");
            await Tell(a.AssociationId, subject, body, _ => [a.Number, a.Due.ToDateTime(TimeOnly.MinValue)]);
            db.Add(new Reminder { Kind = kind, SubjectId = a.Id, SentAt = now });
        }

        return await Commit(due.Count, cancel);
    }

    private async Task<int> Drafts(DateTimeOffset now, CancellationToken cancel)
    {
        const string kind = "call-closing-draft";
        var horizon = now.AddDays(DaysBeforeClosing);
        var drafts = await db.Applications.Where(a => a.State == ApplicationState.Draft
                && db.Calls.Any(c => c.Id == a.CallId && c.State == CallState.Published && c.ClosesAt > now && c.ClosesAt <= horizon)
                && !db.Reminders.Any(m => m.Kind == kind && m.SubjectId == a.Id))
            .OrderBy(a => a.Id).Take(Batch)
            .Join(db.Calls, a => a.CallId, c => c.Id, (a, c) => new { a.Id, a.AssociationId, c.TitleAr, c.TitleFr, c.ClosesAt })
            .ToListAsync(cancel);
        foreach (var d in drafts)
        {
            await Tell(d.AssociationId, "A call closes soon: your application is still a draft", "Hello {0},\n\nThe call {1} closes on {2:g} (Morocco time) and your application is still a draft. Submit it before then: the platform refuses applications after the closing time.",
                language => [language == "ar" ? d.TitleAr : d.TitleFr, Formats.ToMorocco(d.ClosesAt).DateTime]);
            db.Add(new Reminder { Kind = kind, SubjectId = d.Id, SentAt = now });
        }

        return await Commit(drafts.Count, cancel);
    }

    /// <summary>Each officer gets the message in their language; arguments may depend on it (a call's title).</summary>
    private async Task Tell(int associationId, string subject, string body, Func<string, object[]> args)
    {
        foreach (var officer in await Recipients.OfficersOf(db, [associationId]))
        {
            mailer.Queue(officer.Email, officer.Language, text, subject, body, [officer.DisplayName, .. args(officer.Language)]);
        }
    }

    private async Task<int> Commit(int count, CancellationToken cancel)
    {
        if (count == 0)
        {
            return 0;
        }

        try
        {
            await db.SaveChangesAsync(cancel);
            return count;
        }
        catch (DbUpdateException)
        {
            // Another server sent this batch first: its reminders stand, these are dropped.
            db.ChangeTracker.Clear();
            return 0;
        }
    }
}
