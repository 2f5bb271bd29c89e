using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using Microsoft.Extensions.Options;

namespace Nassij.Web.Features.Support.Mail;

public sealed class ImapOptions
{
    /// <summary>Empty: no polling (e-mails can still be imported by hand at /support/desk/inbox).</summary>
    public string Host { get; set; } = string.Empty;
    public int Port { get; set; } = 993;
    public bool UseSsl { get; set; } = true;
    public string User { get; set; } = string.Empty;
    public string Password { get; set; } = string.Empty;
    public string Folder { get; set; } = "INBOX";
    public int PollSeconds { get; set; } = 60;
}

/// <summary>Reads the centre's mailbox: every unseen message is imported, then flagged as seen.
/// A message is flagged only after it is stored, so a crash imports it again (the import ignores a known Message-ID).</summary>
public sealed class ImapPoller(IServiceScopeFactory scopes, IOptions<ImapOptions> options, ILogger<ImapPoller> log, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(10, settings.PollSeconds)), clock);
        do
        {
            try
            {
                await Poll(settings, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Could not read the support mailbox {Host}", settings.Host);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task Poll(ImapOptions settings, CancellationToken cancel)
    {
        using var client = new ImapClient();
        await client.ConnectAsync(settings.Host, settings.Port, settings.UseSsl, cancel);
        await client.AuthenticateAsync(settings.User, settings.Password, cancel);
        var folder = await client.GetFolderAsync(settings.Folder, cancel);
        await folder.OpenAsync(FolderAccess.ReadWrite, cancel);
        foreach (var uid in await folder.SearchAsync(SearchQuery.NotSeen, cancel))
        {
            using var raw = new MemoryStream();
            var message = await folder.GetMessageAsync(uid, cancel);
            await message.WriteToAsync(raw, cancel);
            await using (var scope = scopes.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<MailImport>().Import(raw.ToArray(), cancel);
            }

            await folder.AddFlagsAsync(uid, MessageFlags.Seen, true, cancel);
        }

        await client.DisconnectAsync(true, cancel);
    }
}
