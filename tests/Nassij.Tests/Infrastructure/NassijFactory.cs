using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nassij.Web.Platform.Data;

namespace Nassij.Tests.Infrastructure;

/// <summary>The whole application on a fresh database of one provider, with the demo data.</summary>
public sealed class NassijFactory : WebApplicationFactory<Program>
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "nassij-tests", Guid.NewGuid().ToString("N"));

    private readonly IReadOnlyDictionary<string, string> settings;

    public NassijFactory(string provider, IReadOnlyDictionary<string, string>? settings = null, TimeProvider? clock = null)
    {
        this.settings = settings ?? new Dictionary<string, string>();
        Clock = clock ?? TestClock.Platform;
        Provider = provider;
        Directory.CreateDirectory(folder);
        ConnectionString = provider == Databases.Postgres
            ? Databases.NewPostgresDatabase()
            : $"Data Source={Path.Combine(folder, "nassij.db")}";
    }

    public string Provider { get; }

    /// <summary>The clock the platform runs on: the test clock, or a FakeTimeProvider a test moves to a rule's edges.</summary>
    public TimeProvider Clock { get; }
    public string ConnectionString { get; }
    public ConcurrentQueue<(LogLevel Level, string Category, string Message)> Logs { get; } = new();

    public RecordedSms Sms { get; } = new();

    public IEnumerable<string> Warnings => Logs.Where(l => l.Level >= LogLevel.Warning).Select(l => $"{l.Category}: {l.Message}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Nassij", ConnectionString);
        builder.UseSetting("Files:Root", Path.Combine(folder, "files"));
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Security:RequireTwoFactorForStaff", "false");
        // Tests run the reminder sweep themselves, at the time they choose.
        builder.UseSetting("Reminders:Enabled", "false");
        builder.UseSetting("Urls", "http://127.0.0.1:0");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(new CollectingLoggerProvider(Logs)));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<Nassij.Web.Platform.Sms.ISmsSender>(Sms);
            services.AddSingleton(Clock);
        });
    }

    public async Task<TResult> WithDb<TResult>(Func<NassijDb, Task<TResult>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<NassijDb>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by SQLite is cleaned up with the temp folder later.
        }
    }
}
