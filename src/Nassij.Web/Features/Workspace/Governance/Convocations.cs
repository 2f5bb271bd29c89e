using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Workspace.Members;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Mail;
using Nassij.Web.Platform.Security;
using Nassij.Web.Platform.Sms;

namespace Nassij.Web.Features.Workspace.Governance;

public sealed record ConvocationResult(int Emails, int TextMessages);

/// <summary>Calls the members concerned to a meeting: a general assembly calls every active member, a board meeting
/// the officers. By e-mail when there is an address, else by text message; the notice period is enforced here.</summary>
public sealed class Convocations(NassijDb db, Mailer mailer, ISmsSender sms, Audit audit, TimeProvider clock, IStringLocalizer<WorkspaceText> text)
{
    public static async Task<BodyRules> RulesOf(NassijDb db, int associationId, BodyKind body, CancellationToken cancel) =>
        await db.BodyRules.AsNoTracking().SingleOrDefaultAsync(r => r.AssociationId == associationId && r.Body == body, cancel)
        ?? BodyRules.Default(associationId, body);

    /// <summary>Null when the notice period still allows it; otherwise the first date the meeting could be held.</summary>
    public async Task<DateOnly?> TooLate(Meeting meeting, CancellationToken cancel)
    {
        var rules = await RulesOf(db, meeting.AssociationId, meeting.Body, cancel);
        var today = Formats.TodayInMorocco(clock);
        var meetingOn = DateOnly.FromDateTime(Formats.LocalInMorocco(meeting.StartsAt));
        return GovernanceRules.NoticeRespected(rules, today, meetingOn) ? null : today.AddDays(rules.NoticeDays);
    }

    public async Task<ConvocationResult> Send(Meeting meeting, string associationName, CancellationToken cancel)
    {
        var when = Formats.DateTime(meeting.StartsAt);
        var subject = meeting.Body == BodyKind.GeneralAssembly
            ? meeting.Kind == MeetingKind.Extraordinary ? "Convocation to the extraordinary general assembly of {1}" : "Convocation to the general assembly of {1}"
            : "Convocation to the board meeting of {1}";
        const string Body = "Hello {0},\n\nYou are called to the {2} of {1} on {3}, at: {4}.\n\nAgenda:\n{5}\n\nA member who cannot come may give a proxy to another member, as the statutes allow.";
        var agenda = string.Join('\n', meeting.AgendaItems.Select((item, i) => $"{i + 1}. {item}"));
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var emails = 0;
        var texts = 0;
        foreach (var person in await Concerned(meeting, cancel))
        {
            var bodyName = new TextKey(meeting.Body == BodyKind.GeneralAssembly ? "general assembly" : "board meeting");
            if (person.Email is not null)
            {
                mailer.Queue(person.Email, language, text, subject, Body, person.Name, associationName, bodyName, when, meeting.Place, agenda);
                emails++;
            }
            else if (person.Phone is not null)
            {
                await sms.Send(person.Phone, text["{0}: {1} on {2}, {3}. Agenda sent by the secretary.", associationName, text[meeting.Body == BodyKind.GeneralAssembly ? "general assembly" : "board meeting"], when, meeting.Place], cancel);
                texts++;
            }
        }

        meeting.Status = MeetingStatus.Convened;
        meeting.ConvokedAt = clock.GetUtcNow();
        meeting.Convoked = emails + texts;
        audit.Record("meeting.convened", nameof(Meeting), meeting.Id.ToString(CultureInfo.InvariantCulture), after: new { meeting.AssociationId, Emails = emails, TextMessages = texts });
        await db.SaveChangesAsync(cancel);
        return new ConvocationResult(emails, texts);
    }

    private sealed record Person(string Name, string? Email, string? Phone);

    private async Task<IReadOnlyList<Person>> Concerned(Meeting meeting, CancellationToken cancel)
    {
        if (meeting.Body == BodyKind.Board)
        {
            var officers = await Recipients.OfficersOf(db, [meeting.AssociationId], cancel);
            return [.. officers.DistinctBy(o => o.Email).Select(o => new Person(o.DisplayName, o.Email, null))];
        }

        var members = await db.Members.AsNoTracking()
            .Where(m => m.AssociationId == meeting.AssociationId && m.Status == MemberStatus.Active && (m.Email != null || m.Phone != null))
            .OrderBy(m => m.Id)
            .Select(m => new { m.NameAr, m.NameLatin, m.Email, m.Phone })
            .ToListAsync(cancel);
        return [.. members.Select(m => new Person(m.NameAr ?? m.NameLatin ?? string.Empty, m.Email, m.Phone))];
    }
}
