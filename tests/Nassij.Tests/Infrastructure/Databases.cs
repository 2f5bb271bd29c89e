using Npgsql;

namespace Nassij.Tests.Infrastructure;

/// <summary>Every integration test runs on SQLite (the embedded default) and on PostgreSQL (production).
/// test.sh starts a throwaway PostgreSQL and sets NASSIJ_TEST_POSTGRES to a connection string for it.</summary>
public static class Databases
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    // Started inside the Lazy: WebApplicationFactory's first start is not safe to race from parallel tests.
    private static readonly Lazy<NassijFactory> SqliteApp = new(() => Started(new NassijFactory(Sqlite)));
    private static readonly Lazy<NassijFactory> PostgresApp = new(() => Started(new NassijFactory(Postgres)));

    public static string? PostgresServer => Environment.GetEnvironmentVariable("NASSIJ_TEST_POSTGRES");

    /// <summary>Theory data: both providers, or SQLite alone when no PostgreSQL was given (test.sh always gives one).</summary>
    public static TheoryData<string> Both
    {
        get
        {
            var data = new TheoryData<string> { Sqlite };
            if (!string.IsNullOrEmpty(PostgresServer))
            {
                data.Add(Postgres);
            }

            return data;
        }
    }

    /// <summary>One application per provider, shared by the tests: each test makes its own data.</summary>
    public static NassijFactory App(string provider) => provider == Postgres ? PostgresApp.Value : SqliteApp.Value;

    private static NassijFactory Started(NassijFactory app)
    {
        _ = app.Server;
        return app;
    }

    public static string NewPostgresDatabase()
    {
        var server = PostgresServer ?? throw new InvalidOperationException("NASSIJ_TEST_POSTGRES is not set: run ./test.sh.");
        return new NpgsqlConnectionStringBuilder(server) { Database = $"nassij_test_{Guid.NewGuid():N}" }.ConnectionString;
    }
}
