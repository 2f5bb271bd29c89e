using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Infrastructure;

namespace Nassij.Tests.Conventions;

public sealed class DatabaseTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_fresh_database_is_fully_migrated_and_the_model_has_no_unmigrated_change(string provider)
    {
        var app = Databases.App(provider);
        Assert.Empty(await app.WithDb(db => db.Database.GetPendingMigrationsAsync()));
        Assert.False(await app.WithDb(db => Task.FromResult(db.Database.HasPendingModelChanges())), "run tools/add-migration.sh");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_health_check_sees_the_database(string provider)
    {
        var response = await Browser.Open(Databases.App(provider)).Get("/health");
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
