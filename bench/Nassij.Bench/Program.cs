using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Nassij.Bench;
using Nassij.Web.Platform.Data;

// dotnet run -c Release --project bench/Nassij.Bench -- seed "CONNECTION" 300000
// dotnet run -c Release --project bench/Nassij.Bench -- seed-call "CONNECTION" 20000
// dotnet run -c Release --project bench/Nassij.Bench -- seed-cases "CONNECTION" 1000000
// dotnet run -c Release --project bench/Nassij.Bench -- seed-members "CONNECTION" 100000
// dotnet run -c Release --project bench/Nassij.Bench -- members-file /tmp/members.csv 50000
if (args is ["members-file", var path, var rowsText] && int.TryParse(rowsText, out var rows))
{
    await MemberSeeder.WriteFile(path, rows);
    return 0;
}

if (args is not [var verb and ("seed" or "seed-call" or "seed-cases" or "seed-members"), var connection, var countText] || !int.TryParse(countText, out var count))
{
    Console.Error.WriteLine("usage: seed|seed-call|seed-cases|seed-members <postgres connection string> <number of associations, applications, cases or members>");
    return 2;
}

var options = new DbContextOptionsBuilder<PostgresNassijDb>().UseNpgsql(connection).Options;
await using (var db = new PostgresNassijDb(options))
{
    await db.Database.MigrateAsync();
}

var watch = Stopwatch.StartNew();
if (verb == "seed-cases")
{
    var cases = await CaseSeeder.Seed(connection, count);
    Console.WriteLine($"seeded {cases:N0} cases and {cases * 5:N0} messages in {watch.Elapsed.TotalSeconds:F1} s");
    return 0;
}

if (verb == "seed-members")
{
    var members = await MemberSeeder.Seed(connection, count);
    Console.WriteLine($"seeded {members:N0} members in {watch.Elapsed.TotalSeconds:F1} s");
    return 0;
}

if (verb == "seed-call")
{
    await AssociationSeeder.Seed(connection, count);
    var applications = await CallSeeder.Seed(connection, count);
    Console.WriteLine($"seeded a call with {applications:N0} applications and {applications * 3:N0} evaluations in {watch.Elapsed.TotalSeconds:F1} s");
    return 0;
}

var seeded = await AssociationSeeder.Seed(connection, count);
Console.WriteLine($"seeded {seeded:N0} associations in {watch.Elapsed.TotalSeconds:F1} s");
return 0;
