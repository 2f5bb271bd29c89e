using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Mail;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Support.Cases;

/// <summary>The e-mails a case sends. Every subject carries the reference in brackets: replies by
/// e-mail find their case by it. Internal notes are never passed to these methods' requester mails.</summary>
public sealed class CaseNotices(NassijDb db, Mailer mailer, SiteLinks links, CaseKeys keys, IStringLocalizer<SupportText> text)
{
    public string FollowLink(Case c) => links.Absolute($"/support/cases/{c.Reference}?key={keys.Key(c)}");

    public string DeskLink(Case c) => links.Absolute($"/support/desk/cases/{c.Id}");

    public void Received(Case c)
    {
        if (c.RequesterEmail is not null)
        {
            Replyable(mailer.Queue(c.RequesterEmail, c.Language, text, "[{1}] We received your question", "Dear {0},\n\nWe received your question: {2}\nIts reference is {1}. An adviser will answer you; you can follow it and add details here:\n{3}\n\nYou can also reply to this e-mail.\n\nThe support centre for associations", c.RequesterName, c.Reference, c.Subject, FollowLink(c)));
        }
    }

    /// <summary>A public reply: its text goes to the requester, with the link to the case.</summary>
    public void Replied(Case c, CaseMessage reply)
    {
        if (c.RequesterEmail is not null && reply.IsPublic)
        {
            Replyable(mailer.Queue(c.RequesterEmail, c.Language, text, "[{1}] {2}", "Dear {0},\n\n{3}\n\n— {4}, support centre for associations\n\nFollow or answer your question: {5}\nOr reply to this e-mail, keeping {1} in the subject.", c.RequesterName, c.Reference, c.Subject, reply.Body, reply.AuthorName, FollowLink(c)));
        }
    }

    // A reply by e-mail is cut at this line: only what the requester typed above it joins the case.
    private static void Replyable(OutboxMessage message) => message.Body = $"{Mail.MailThreading.ReplyAbove}\n\n{message.Body}";

    public async Task Assigned(Case c, CancellationToken cancel = default, string? why = null)
    {
        if (c.AssigneeId is not { } assignee)
        {
            return;
        }

        var person = await db.Users.Where(u => u.Id == assignee && u.Email != null).Select(u => new { u.Email, u.DisplayName, u.Language }).SingleOrDefaultAsync(cancel);
        if (person is not null)
        {
            mailer.Queue(person.Email!, person.Language, text, "[{1}] A case for you: {2}", "Dear {0},\n\nThe case {1} is now yours: {2}{4}\n\n{3}", person.DisplayName, c.Reference, c.Subject, DeskLink(c), why is null ? string.Empty : "\n" + why);
        }
    }

    /// <summary>Tells the supervisors and the adviser that a case is about to miss its target.</summary>
    public async Task AtRisk(Case c, CancellationToken cancel = default)
    {
        var people = await db.RoleGrants
            .Where(g => (g.Role == Role.SupportSupervisor && g.AssociationId == null) || g.PersonId == c.AssigneeId)
            .Where(g => g.Person!.Email != null)
            .Select(g => new { g.Person!.Email, g.Person.DisplayName, g.Person.Language })
            .Distinct()
            .ToListAsync(cancel);
        foreach (var person in people)
        {
            mailer.Queue(person.Email!, person.Language, text, "[{1}] About to miss its target: {2}", "Dear {0},\n\nThe case {1} must be answered by {3} (Morocco time): {2}\n\n{4}", person.DisplayName, c.Reference, c.Subject, Platform.Localization.Formats.ToMorocco(c.NextDueAt!.Value).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), DeskLink(c));
        }
    }
}
