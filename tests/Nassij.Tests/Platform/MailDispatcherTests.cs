using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Platform.Mail;

namespace Nassij.Tests.Platform;

/// <summary>With a mail server configured, queued e-mail leaves by SMTP, once.</summary>
public sealed class MailDispatcherTests : IDisposable
{
    private readonly FakeSmtpServer smtp = new();
    private readonly NassijFactory app;

    public MailDispatcherTests() => app = new NassijFactory(Databases.Sqlite, new Dictionary<string, string>
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:UseStartTls"] = "false",
        ["Smtp:From"] = "Nassij <no-reply@test.nassij.ma>",
    });

    [Fact]
    public async Task A_queued_message_is_sent_by_smtp_and_marked_sent_once()
    {
        var to = $"smtp-{Guid.NewGuid():N}@test.nassij.ma";
        await app.WithDb(db =>
        {
            db.OutboxMessages.Add(new OutboxMessage { To = to, Subject = "تم التحقق من جمعيتك", Body = "مرحبا", CreatedAt = TestClock.Now });
            return db.SaveChangesAsync();
        });
        var dispatcher = app.Services.GetServices<IHostedService>().OfType<MailDispatcher>().Single();

        await dispatcher.SendPending(CancellationToken.None);
        await dispatcher.SendPending(CancellationToken.None);

        var message = await app.WithDb(db => db.OutboxMessages.SingleAsync(m => m.To == to));
        Assert.NotNull(message.SentAt);
        Assert.Null(message.LastError);
        Assert.Single(smtp.Messages, m => m.Contains(to, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        app.Dispose();
        smtp.Dispose();
    }
}
