using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Platform.Mail;

/// <summary>Sends queued e-mail by SMTP. Any web node may run it: each message is leased by one
/// node at a time, and a failure is retried a few times, then left for an administrator.</summary>
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

    internal async Task<int> SendPending(CancellationToken cancel)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NassijDb>();
        var now = clock.GetUtcNow();
        var candidates = await db.OutboxMessages
            .Where(m => m.SentAt == null && m.Attempts < MaxAttempts && (m.LeaseUntil == null || m.LeaseUntil < now))
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .Take(50)
            .ToListAsync(cancel);
        if (candidates.Count == 0)
        {
            return 0;
        }

        var smtp = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.UseStartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, cancel);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancel);
        }

        var sent = 0;
        foreach (var id in candidates)
        {
            // Taking the lease is one conditional update: only one node wins each message.
            var lease = now.AddMinutes(2);
            var won = await db.OutboxMessages
                .Where(m => m.Id == id && m.SentAt == null && (m.LeaseUntil == null || m.LeaseUntil < now))
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.LeaseUntil, lease).SetProperty(m => m.Attempts, m => m.Attempts + 1), cancel);
            if (won == 0)
            {
                continue;
            }

            var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, cancel);
            try
            {
                await client.SendAsync(ToMime(message, smtp.From), cancel);
                await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(u => u.SetProperty(m => m.SentAt, clock.GetUtcNow()).SetProperty(m => m.LastError, (string?)null), cancel);
                sent++;
            }
            catch (Exception ex) when (ex is SmtpCommandException or SmtpProtocolException or IOException)
            {
                var error = ex.Message[..Math.Min(ex.Message.Length, 1000)];
                await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(u => u.SetProperty(m => m.LastError, error).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), cancel);
            }
        }

        await client.DisconnectAsync(true, cancel);
        return sent;
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
