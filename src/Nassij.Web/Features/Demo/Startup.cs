using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Demo;

public static class Startup
{
    /// <summary>Migrates the database, creates the demo data on first start if enabled, then serves and says where.</summary>
    public static async Task StartWithDemoData(this WebApplication app)
    {
        await DatabaseSetup.MigrateAsync(app.Services);
        var seeded = false;
        await using (var setup = app.Services.CreateAsyncScope())
        {
            await Support.Help.HelpContent.SeedIfEmpty(setup.ServiceProvider.GetRequiredService<NassijDb>(), setup.ServiceProvider.GetRequiredService<TimeProvider>());
        }

        if (app.Configuration.GetValue("Demo:Seed", false))
        {
            await using var scope = app.Services.CreateAsyncScope();
            seeded = await DemoData.SeedIfEmpty(scope.ServiceProvider);
        }

        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine();
        Console.WriteLine($"Nassij is running: {string.Join(", ", addresses)}");
        if (app.Configuration.GetValue("Demo:Seed", false))
        {
            Console.WriteLine(seeded ? "Demo data created." : "Demo data already there.");
            Console.WriteLine($"Demo log-ins (password for all: {DemoData.Password}):");
            foreach (var (email, _, role, region) in DemoData.Staff)
            {
                Console.WriteLine($"  {role,-20} {email}{(region is null ? "" : $"  (region {region})")}");
            }

            Console.WriteLine($"  {"President",-20} president1@{DemoData.Domain} … president{DemoAssociations.All.Length}@{DemoData.Domain}");
            Console.WriteLine($"  {"Secretary",-20} secretary1@{DemoData.Domain} … secretary{DemoAssociations.All.Length}@{DemoData.Domain}");
        }

        Console.WriteLine();
        await app.WaitForShutdownAsync();
    }
}
