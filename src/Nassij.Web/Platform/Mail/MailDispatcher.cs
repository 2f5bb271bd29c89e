using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Platform.Mail;

/// <summary>Sends queued e-mail by SMTP. Any web node may run it: a message is claimed by
/// bumping its attempt count, and a failure is retried a few times, then left for an administrator.</summary>
public sealed partial class MailDispatcher(IServiceScopeFactory scopes, IOptions<SmtpOptions> options, TimeProvider clock, ILogger<MailDispatcher> logger)
    : BackgroundService
{
    private const int MaxAttempts = 5;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsConfigured)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SendPending(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailure(logger, ex);
            }
        }
    }

    private async Task SendPending(CancellationToken cancel)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NassijDb>();
        var pending = await db.OutboxMessages
            .Where(m => m.SentAt == null && m.Attempts < MaxAttempts)
            .OrderBy(m => m.Id)
            .Take(50)
            .ToListAsync(cancel);
        if (pending.Count == 0)
        {
            return;
        }

        var smtp = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.UseStartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, cancel);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancel);
        }

        foreach (var message in pending)
        {
            message.Attempts++;
            try
            {
                await client.SendAsync(ToMime(message, smtp.From), cancel);
                message.SentAt = clock.GetUtcNow();
                message.LastError = null;
            }
            catch (Exception ex) when (ex is SmtpCommandException or SmtpProtocolException or IOException)
            {
                message.LastError = ex.Message[..Math.Min(ex.Message.Length, 1000)];
            }

            await db.SaveChangesAsync(cancel);
        }

        await client.DisconnectAsync(true, cancel);
    }

    private static MimeMessage ToMime(OutboxMessage message, string from)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.Body };
        return mime;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending queued e-mail failed")]
    private static partial void LogFailure(ILogger logger, Exception ex);
}
