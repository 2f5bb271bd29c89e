using Microsoft.EntityFrameworkCore;

namespace Nassij.Web.Platform.Data;

public static class DatabaseSetup
{
    /// <summary>Database:Provider is "Sqlite" (default, zero set-up) or "Postgres" (production).</summary>
    public static IServiceCollection AddNassijDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        var connection = configuration.GetConnectionString("Nassij");
        if (string.Equals(provider, "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            // Pooled: a page's context comes ready, with its internal services, instead of being built per request.
            services.AddDbContextPool<NassijDb, PostgresNassijDb>(o => o.UseNpgsql(
                Tuned(connection ?? throw new InvalidOperationException("ConnectionStrings:Nassij is required for PostgreSQL."))));
        }
        else
        {
            services.AddDbContextPool<NassijDb, SqliteNassijDb>(o => o.UseSqlite(connection ?? DefaultSqlite(environment)));
        }

        return services;
    }

    public static async Task MigrateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NassijDb>();
        await db.Database.MigrateAsync();
        // What a migration cannot compute: the words of members saved before the word index.
        await Features.Workspace.Members.MemberWords.Backfill(db);
        if (!db.IsPostgres)
        {
            // WAL lets readers and the writer work at the same time.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }

    private static string DefaultSqlite(IHostEnvironment environment)
    {
        var folder = Path.Combine(environment.ContentRootPath, "App_Data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "nassij.db")}";
    }

    /// <summary>The same few queries serve every page view: Npgsql prepares the most used ones on each connection,
    /// so PostgreSQL parses and plans them once. A server on this machine is reached without TLS, which would
    /// protect nothing on the loopback and cost a tenth of each page. A connection string that says otherwise wins.</summary>
    private static string Tuned(string connection)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connection);
        if (!connection.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 50;
            builder.AutoPrepareMinUsages = 3;
        }

        if (builder.Host is "127.0.0.1" or "localhost" or "::1" && !connection.Contains("SSL", StringComparison.OrdinalIgnoreCase))
        {
            builder.SslMode = Npgsql.SslMode.Disable;
        }

        return builder.ConnectionString;
    }
}
