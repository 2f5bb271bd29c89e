using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Admin;

/// <summary>`dotnet run --project src/Nassij.Web -- make-admin EMAIL`: gives an existing account the
/// administrator role, for the first administrator of a production installation.</summary>
public static class FirstAdministrator
{
    public static async Task<int> Grant(WebApplication app, string email)
    {
        await DatabaseSetup.MigrateAsync(app.Services);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NassijDb>();
        var normalized = email.Trim().ToUpperInvariant();
        var person = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized);
        if (person is null)
        {
            Console.Error.WriteLine($"No account with the e-mail address {email}: sign up first.");
            return 1;
        }

        if (!await db.RoleGrants.AnyAsync(g => g.PersonId == person.Id && g.Role == Role.Administrator))
        {
            var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            db.RoleGrants.Add(new RoleGrant { PersonId = person.Id, Role = Role.Administrator, GrantedAt = clock.GetUtcNow() });
            scope.ServiceProvider.GetRequiredService<Audit>().Record("role.granted", "Person", person.Id, after: new { Role = nameof(Role.Administrator), person.Email }, actorName: "make-admin");
            await db.SaveChangesAsync();
        }

        Console.WriteLine($"{email} is an administrator.");
        return 0;
    }
}
