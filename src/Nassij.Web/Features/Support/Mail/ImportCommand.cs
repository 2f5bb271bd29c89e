using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Support.Mail;

/// <summary>`dotnet run --project src/Nassij.Web -- import-eml FILE...`: files e-mails saved as .eml,
/// as the mailbox poller would (for a demo, or to replay messages from another system).</summary>
public static class ImportCommand
{
    public static async Task<int> Run(WebApplication app, IEnumerable<string> paths)
    {
        await DatabaseSetup.MigrateAsync(app.Services);
        var failures = 0;
        foreach (var path in paths)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var inbound = await scope.ServiceProvider.GetRequiredService<MailImport>().Import(await File.ReadAllBytesAsync(path));
            Console.WriteLine(inbound.State == InboundState.Imported ? $"{path}: filed (case {inbound.CaseId})" : $"{path}: kept, not filed: {inbound.Error}");
            failures += inbound.State == InboundState.Imported ? 0 : 1;
        }

        return failures == 0 ? 0 : 1;
    }
}
