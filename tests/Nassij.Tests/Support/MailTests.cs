using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Demo;
using Nassij.Web.Features.Support.Cases;
using Nassij.Web.Features.Support.Mail;

namespace Nassij.Tests.Support;

public sealed class MailTests
{
    private static byte[] Eml(string from, string subject, string body, string? messageId = null, (string Name, byte[] Content)? attachment = null)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Rachid Amrani", from));
        message.To.Add(MailboxAddress.Parse("centre@nassij.ma"));
        message.Subject = subject;
        message.MessageId = messageId ?? $"{Guid.NewGuid():N}@example.ma";
        var builder = new BodyBuilder { TextBody = body };
        if (attachment is { } a)
        {
            builder.Attachments.Add(a.Name, a.Content);
        }

        message.Body = builder.ToMessageBody();
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }

    private static async Task<InboundMail> Import(NassijFactory app, byte[] raw)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MailImport>().Import(raw);
    }

    [Fact]
    public void A_reply_keeps_only_what_was_typed_above_the_marker_and_the_quote()
    {
        var body = $"Merci, c'est clair.\n\nLe lun. 23 nov. 2026, Centre a écrit :\n> {MailThreading.ReplyAbove}\n> Bonjour";
        Assert.Equal("Merci, c'est clair.", MailThreading.NewText(body));
        Assert.Equal("شكراً", MailThreading.NewText($"شكراً\r\n{MailThreading.ReplyAbove}\r\nالسيد(ة)"));
        Assert.Equal("SC-2026-000042", MailThreading.Reference("Re: [sc-2026-000042] Statuts"));
        Assert.Null(MailThreading.Reference("Re: SC-2026-000042 without brackets"));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_e_mail_opens_a_case_and_the_requester_s_reply_threads_into_it(string provider)
    {
        var app = Databases.App(provider);
        var sender = $"rachid.{Guid.NewGuid():N}@example.ma";
        var first = await Import(app, Eml(sender, "Question sur les cotisations", "Bonjour, comment fixer les cotisations ?", attachment: ("statuts.pdf", Samples.Pdf)));
        Assert.Equal(InboundState.Imported, first.State);
        var c = await app.WithDb(db => db.Cases.AsNoTracking().SingleAsync(x => x.Id == first.CaseId));
        Assert.Equal((CaseChannel.Email, "fr", sender), (c.Channel, c.Language, c.RequesterEmail));
        Assert.Equal(1, await app.WithDb(db => db.CaseAttachments.CountAsync(a => a.CaseId == c.Id)));

        var reply = await Import(app, Eml(sender.ToUpperInvariant(), $"RE: [{c.Reference}] Question sur les cotisations", $"Et pour les jeunes ?\n\n{MailThreading.ReplyAbove}\nancien texte"));
        Assert.Equal(c.Id, reply.CaseId);
        var messages = await app.WithDb(db => db.CaseMessages.Where(m => m.CaseId == c.Id).OrderBy(m => m.Id).Select(m => m.Body).ToListAsync());
        Assert.Equal(["Bonjour, comment fixer les cotisations ?", "Et pour les jeunes ?"], messages);

        // Knowing a reference is not enough to write into someone else's case.
        var stranger = await Import(app, Eml("intrus@example.ma", $"[{c.Reference}] hop", "message"));
        Assert.NotEqual(c.Id, stranger.CaseId);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_same_e_mail_twice_is_one_message_and_an_unreadable_one_is_kept_for_an_administrator(string provider)
    {
        var app = Databases.App(provider);
        var raw = Eml($"k.{Guid.NewGuid():N}@example.ma", "سؤال", "كيف أصرح بالتمويل الأجنبي؟", messageId: $"{Guid.NewGuid():N}@example.ma");
        var once = await Import(app, raw);
        var twice = await Import(app, raw);
        Assert.Equal(once.CaseId, twice.CaseId);
        Assert.Equal(1, await app.WithDb(db => db.CaseMessages.CountAsync(m => m.CaseId == once.CaseId)));
        Assert.Equal("ar", await app.WithDb(db => db.Cases.Where(x => x.Id == once.CaseId).Select(x => x.Language).SingleAsync()));

        var broken = await Import(app, "this is not an e-mail at all"u8.ToArray());
        Assert.Equal(InboundState.Failed, broken.State);
        Assert.NotNull(broken.Error);
        var supervisor = await Browser.SignedIn(app, $"supervisor@{DemoData.Domain}");
        Assert.Contains(broken.Error!.Split(':')[0], await supervisor.Html("/support/desk/inbox?state=Failed"), StringComparison.Ordinal);
        var download = await supervisor.Get($"/support/desk/inbox?handler=Raw&id={broken.Id}");
        Assert.Equal("this is not an e-mail at all", await download.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_supervisor_imports_an_eml_file_and_advisers_cannot_open_the_inbox(string provider)
    {
        var app = Databases.App(provider);
        var supervisor = await Browser.SignedIn(app, $"supervisor@{DemoData.Domain}");
        var raw = Eml($"s.{Guid.NewGuid():N}@example.ma", "Demande de rendez-vous", "Bonjour, pouvons-nous avoir un rendez-vous ?");
        var response = await supervisor.Submit("/support/desk/inbox", [], postUrl: "/support/desk/inbox?handler=Import", files: new() { ["eml"] = (raw, "message.eml") });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/support/desk/cases/", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var adviser = await Browser.SignedIn(app, $"adviser@{DemoData.Domain}");
        Assert.NotEqual(HttpStatusCode.OK, (await adviser.Get("/support/desk/inbox")).StatusCode);
    }
}
