using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Nassij.Web.Features.Support.Cases;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Files;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Support.Mail;

/// <summary>Turns an e-mail into a case, or into a message of the case whose reference its subject
/// carries when it comes from that case's requester. The raw e-mail is always kept.</summary>
public sealed class MailImport(NassijDb db, CaseIntake intake, CaseWork work, Uploads uploads, TimeProvider time)
{
    private static readonly FileKind[] Allowed = [FileKind.Pdf, FileKind.Jpeg, FileKind.Png, FileKind.Docx, FileKind.Xlsx];

    /// <summary>Imports a raw e-mail; given a kept one that failed, tries it again in place.</summary>
    public async Task<InboundMail> Import(byte[] raw, CancellationToken cancel = default, InboundMail? again = null)
    {
        var inbound = again ?? new InboundMail { Raw = raw, ReceivedAt = time.GetUtcNow(), State = InboundState.Failed };
        MimeMessage message;
        try
        {
            message = await MimeMessage.LoadAsync(new MemoryStream(raw), cancel);
        }
        catch (FormatException e)
        {
            return await Keep(inbound, $"Not a readable e-mail: {e.Message}", cancel);
        }

        inbound.MessageId = Cut(message.MessageId, 300);
        inbound.Subject = Cut(message.Subject, 300);
        var from = message.From.Mailboxes.FirstOrDefault();
        inbound.From = Cut(from?.Address, 320);
        if (from is null)
        {
            return await Keep(inbound, "The e-mail has no sender address.", cancel);
        }

        if (inbound.MessageId is not null && await db.CaseMessages.Where(m => m.EmailMessageId == inbound.MessageId).Select(m => (int?)m.CaseId).FirstOrDefaultAsync(cancel) is { } known)
        {
            inbound.CaseId = known;
            return await Keep(inbound, null, cancel);
        }

        try
        {
            inbound.CaseId = await File(message, from, inbound.MessageId, cancel);
            return await Keep(inbound, null, cancel);
        }
        catch (DbUpdateException e)
        {
            db.ChangeTracker.Clear();
            return await Keep(inbound, $"Could not be filed: {e.InnerException?.Message ?? e.Message}", cancel);
        }
    }

    private async Task<int> File(MimeMessage message, MailboxAddress from, string? messageId, CancellationToken cancel)
    {
        var body = MailThreading.NewText(message.TextBody ?? TextOf(message.HtmlBody));
        var files = await Attachments(message, cancel);
        var email = from.Address.Trim().ToLowerInvariant();
        var reference = MailThreading.Reference(message.Subject);
        var upper = email.ToUpperInvariant();
        var existing = reference is null ? null
            : await db.Cases.FirstOrDefaultAsync(c => c.Reference == reference && c.RequesterEmail == email, cancel);
        if (existing is not null)
        {
            await work.RequesterWrites(existing, existing.RequesterId, body.Length == 0 ? "—" : body, CaseChannel.Email, files, messageId, cancel);
            return existing.Id;
        }

        var person = await db.Users.Where(u => u.NormalizedEmail == upper).Select(u => new { u.Id, u.DisplayName }).FirstOrDefaultAsync(cancel);
        var association = person is null ? null : await db.RoleGrants
            .Where(g => g.PersonId == person.Id && g.AssociationId != null && Roles.Officers.Contains(g.Role))
            .Select(g => new { Id = g.AssociationId!.Value, g.Association!.RegionCode }).FirstOrDefaultAsync(cancel);
        var region = association?.RegionCode
            ?? await db.Cases.Where(c => c.RequesterEmail == email && c.RegionCode != "").OrderByDescending(c => c.Id).Select(c => c.RegionCode).FirstOrDefaultAsync(cancel)
            ?? string.Empty;
        var subject = string.IsNullOrWhiteSpace(message.Subject) ? Cut(body, 80) ?? "—" : Cut(message.Subject.Trim(), 200)!;
        var name = string.IsNullOrWhiteSpace(from.Name) ? person?.DisplayName ?? email : from.Name;
        var (c, _) = await intake.Open(new CaseRequest(CaseChannel.Email, CaseTopic.Other, region, subject, body.Length == 0 ? "—" : body, name, email, null, MailThreading.LooksArabic(subject + body) ? "ar" : "fr")
        {
            RequesterId = person?.Id,
            AssociationId = association?.Id,
            EmailMessageId = messageId,
            Files = files,
        }, cancel);
        return c.Id;
    }

    private async Task<List<StoredFile>> Attachments(MimeMessage message, CancellationToken cancel)
    {
        var files = new List<StoredFile>();
        foreach (var part in message.Attachments.OfType<MimePart>().Take(CaseUploads.MaxFiles * 2))
        {
            using var content = new MemoryStream();
            if (part.Content is null)
            {
                continue;
            }

            await part.Content.DecodeToAsync(content, cancel);
            var result = await uploads.Save(content, part.FileName ?? "attachment", Allowed, null, cancel);
            if (result.File is not null)
            {
                files.Add(result.File);
            }
        }

        return files;
    }

    private async Task<InboundMail> Keep(InboundMail inbound, string? error, CancellationToken cancel)
    {
        inbound.State = error is null ? InboundState.Imported : InboundState.Failed;
        inbound.Error = Cut(error, 1000);
        if (inbound.Id == 0)
        {
            db.Add(inbound);
        }
        else
        {
            db.Update(inbound);
        }

        await db.SaveChangesAsync(cancel);
        return inbound;
    }

    private static string TextOf(string? html) =>
        string.IsNullOrEmpty(html) ? string.Empty : new HtmlParser().ParseDocument(html).Body?.TextContent ?? string.Empty;

    private static string? Cut(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
