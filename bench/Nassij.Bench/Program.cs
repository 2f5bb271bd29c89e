using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Nassij.Bench;
using Nassij.Web.Platform.Data;

// dotnet run -c Release --project bench/Nassij.Bench -- seed "CONNECTION" 300000
if (args is not ["seed", var connection, var countText] || !int.TryParse(countText, out var count))
{
    Console.Error.WriteLine("usage: seed <postgres connection string> <number of associations>");
    return 2;
}

var options = new DbContextOptionsBuilder<PostgresNassijDb>().UseNpgsql(connection).Options;
await using (var db = new PostgresNassijDb(options))
{
    await db.Database.MigrateAsync();
}

var watch = Stopwatch.StartNew();
var seeded = await AssociationSeeder.Seed(connection, count);
Console.WriteLine($"seeded {seeded:N0} associations in {watch.Elapsed.TotalSeconds:F1} s");
return 0;
