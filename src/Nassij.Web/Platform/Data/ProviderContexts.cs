using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Nassij.Web.Platform.Data;

public sealed class SqliteNassijDb(DbContextOptions<SqliteNassijDb> options) : NassijDb(options)
{
    public override bool IsPostgres => false;

    // SQLite cannot order or compare DateTimeOffset values; stored as UTC ticks they sort correctly.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class PostgresNassijDb(DbContextOptions<PostgresNassijDb> options) : NassijDb(options)
{
    public override bool IsPostgres => true;
}

/// <summary>Lets `dotnet ef` build each provider's model without starting the web host.</summary>
public sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteNassijDb>
{
    public SqliteNassijDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteNassijDb>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresNassijDb>
{
    public PostgresNassijDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresNassijDb>().UseNpgsql("Host=127.0.0.1;Database=design").Options);
}
