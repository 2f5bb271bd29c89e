using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Accounts;
using Nassij.Web.Features.Associations;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Demo;

/// <summary>Demo people and associations, created once on an empty database so a newcomer can try every role.</summary>
public static class DemoData
{
    public const string Password = "Nassij-demo-2026";
    public const string Domain = "demo.nassij.ma";

    public static readonly (string Email, string Name, Role Role, string? Region)[] Staff =
    [
        ($"admin@{Domain}", "مدير المنصة", Role.Administrator, null),
        ($"calls@{Domain}", "Samira Bennani", Role.CallManager, null),
        ($"evaluator@{Domain}", "يوسف العلوي", Role.Evaluator, null),
        ($"evaluator2@{Domain}", "Leila Amrani", Role.Evaluator, null),
        ($"finance@{Domain}", "Karim Tazi", Role.FinanceOfficer, null),
        ($"adviser@{Domain}", "فاطمة الزهراء الإدريسي", Role.SupportAdviser, null),
        ($"lawyer@{Domain}", "Maître Hassan Berrada", Role.SupportAdviser, null),
        ($"supervisor@{Domain}", "نزهة الفاسي الفهري", Role.SupportSupervisor, null),
        ($"trainer@{Domain}", "Nadia El Fassi", Role.Trainer, null),
        ($"coordinator@{Domain}", "عبد الله الصنهاجي", Role.RegionalCoordinator, "06"),
    ];

    public static async Task<bool> SeedIfEmpty(IServiceProvider services, CancellationToken cancel = default)
    {
        var db = services.GetRequiredService<NassijDb>();
        if (await db.Users.AnyAsync(cancel))
        {
            return false;
        }

        var clock = services.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        var hash = new PasswordHasher<Person>().HashPassword(null!, Password);
        foreach (var (email, name, role, region) in Staff)
        {
            var person = NewPerson(email, name, hash, "ar");
            db.Users.Add(person);
            db.RoleGrants.Add(new RoleGrant { Person = person, Role = role, RegionCode = region, GrantedAt = now });
        }

        var today = Formats.TodayInMorocco(clock);
        var n = 0;
        foreach (var sample in DemoAssociations.All)
        {
            n++;
            var association = sample.Build(today, now);
            db.Associations.Add(association);
            var president = NewPerson($"president{n}@{Domain}", sample.President, hash, n % 2 == 0 ? "fr" : "ar");
            db.Users.Add(president);
            db.RoleGrants.Add(new RoleGrant { Person = president, Association = association, Role = Role.President, GrantedAt = now });
            var secretary = NewPerson($"secretary{n}@{Domain}", sample.Secretary, hash, "fr");
            db.Users.Add(secretary);
            db.RoleGrants.Add(new RoleGrant { Person = secretary, Association = association, Role = Role.Secretary, GrantedAt = now });
            foreach (var (member, i) in sample.Members.Select((m, i) => (m, i)))
            {
                var person = NewPerson($"member{n}.{i + 1}@{Domain}", member, null, "ar");
                db.Users.Add(person);
                db.RoleGrants.Add(new RoleGrant { Person = person, Association = association, Role = Role.Member, GrantedAt = now });
            }
        }

        Guid[] evaluators = [.. db.RoleGrants.Local.Where(g => g.Role == Role.Evaluator).Select(g => g.Person!.Id)];
        var open = DemoCalls.Round2026(now, evaluators);
        var decided = DemoRound.Round2025(now, evaluators);
        db.Calls.AddRange(decided, open);
        await db.SaveChangesAsync(cancel);
        var staffId = (Role role) => db.RoleGrants.Local.First(g => g.Role == role && g.AssociationId == null).Person!.Id;
        List<Association> verified = [.. db.Associations.Local.Where(a => a.Status == VerificationStatus.Verified).OrderBy(a => a.Id)];
        await DemoRound.Seed(db, decided, verified, evaluators, staffId(Role.CallManager), staffId(Role.FinanceOfficer), now, cancel);
        await DemoRound.SeedDraft(db, open, verified[^1], now, cancel);
        foreach (var association in db.Associations.Local)
        {
            await DirectoryWords.Refresh(db, association, cancel);
        }

        await db.SaveChangesAsync(cancel);
        await Support.Help.HelpContent.SeedIfEmpty(db, clock, cancel);
        await DemoSupport.Seed(services, cancel);
        await DemoWorkspace.Seed(services, cancel);
        await DemoWorkspace.SeedAssemblies(services, cancel);
        return true;
    }

    private static Person NewPerson(string email, string name, string? passwordHash, string language) => new()
    {
        Id = Guid.CreateVersion7(),
        UserName = email,
        NormalizedUserName = email.ToUpperInvariant(),
        Email = email,
        NormalizedEmail = email.ToUpperInvariant(),
        EmailConfirmed = true,
        DisplayName = name,
        Language = language,
        PasswordHash = passwordHash,
        SecurityStamp = Guid.NewGuid().ToString("N"),
        ConcurrencyStamp = Guid.NewGuid().ToString(),
        LockoutEnabled = true,
    };
}
