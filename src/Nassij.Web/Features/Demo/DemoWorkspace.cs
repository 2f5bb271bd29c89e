using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Workspace.Dues;
using Nassij.Web.Features.Workspace.Members;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Demo;

/// <summary>The first demo association runs its year in the workspace: members (the demo member accounts among them),
/// this year's fees, and dues paid by most.</summary>
public static class DemoWorkspace
{
    private static readonly (string Ar, string Latin)[] FirstNames =
        [("محمد", "Mohammed"), ("فاطمة", "Fatima"), ("يوسف", "Youssef"), ("خديجة", "Khadija"), ("عمر", "Omar"), ("سلمى", "Salma"), ("إدريس", "Driss"), ("نادية", "Nadia")];

    private static readonly (string Ar, string Latin)[] FamilyNames =
        [("العلوي", "Alaoui"), ("بناني", "Bennani"), ("التازي", "Tazi"), ("الفاسي", "Fassi"), ("برادة", "Berrada")];

    public static async Task Seed(IServiceProvider services, CancellationToken cancel)
    {
        var db = services.GetRequiredService<NassijDb>();
        var ledger = services.GetRequiredService<DuesLedger>();
        var today = Formats.TodayInMorocco(services.GetRequiredService<TimeProvider>());
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var president = await db.RoleGrants.Where(g => g.Person!.Email == $"president1@{DemoData.Domain}").Select(g => new { g.AssociationId, g.PersonId, g.Person!.DisplayName }).FirstAsync(cancel);
        var id = president.AssociationId!.Value;
        var accounts = await db.RoleGrants.Where(g => g.AssociationId == id && g.Role == Role.Member).Select(g => new { g.Person!.DisplayName, g.Person.Email }).ToListAsync(cancel);

        var members = new List<Member>();
        foreach (var account in accounts)
        {
            members.Add(NewMember(id, account.DisplayName, null, account.Email, MemberCategory.Active, today.AddYears(-2), now));
        }

        for (var i = 0; i < 36; i++)
        {
            var (first, family) = (FirstNames[i % FirstNames.Length], FamilyNames[i / FirstNames.Length % FamilyNames.Length]);
            var category = i % 9 == 0 ? MemberCategory.Founding : i % 7 == 0 ? MemberCategory.Youth : i == 20 ? MemberCategory.Honorary : MemberCategory.Active;
            members.Add(NewMember(id, $"{first.Ar} {family.Ar}", $"{first.Latin} {family.Latin}", null, category, today.AddDays(-40 * i - 30), now, $"06{61000000 + i * 137:00000000}"));
        }

        db.Members.AddRange(members);
        await db.SaveChangesAsync(cancel);
        var dueOn = new DateOnly(today.Year, 3, 31);
        await ledger.SetSchedule(id, today.Year, MemberCategory.Active, 200m, dueOn, cancel);
        await ledger.SetSchedule(id, today.Year, MemberCategory.Founding, 200m, dueOn, cancel);
        await ledger.SetSchedule(id, today.Year, MemberCategory.Youth, 50m, dueOn, cancel);

        var by = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, president.PersonId.ToString()), new Claim(ClaimTypes.Name, president.DisplayName)], "demo"));
        // The books are written in the association's language: labels the bookkeeper makes are in Arabic.
        CultureInfo.CurrentUICulture = Cultures.Arabic;
        await DemoBooks.OpenAccounts(services, id, by, today, cancel);
        var paidOn = today.AddDays(-(today.DayOfYear - 1) + 20);
        foreach (var (member, i) in members.Select((m, i) => (m, i)).Where(x => x.i % 4 != 3 && x.m.Category != MemberCategory.Honorary))
        {
            var amount = member.Category == MemberCategory.Youth ? 50m : i % 10 == 5 ? 100m : 200m;
            await ledger.Record(member, today.Year, amount, paidOn.AddDays(i) > today ? today : paidOn.AddDays(i), i % 3 == 0 ? PaymentMethod.Transfer : PaymentMethod.Cash, i % 3 == 0 ? $"VIR-{today.Year}-{i:000}" : null, by, cancel);
        }

        await DemoBooks.Seed(services, id, by, today, cancel);
    }

    /// <summary>Today's general assembly, convened three weeks ago, ready to be held (associations 1 and 2).</summary>
    public static async Task SeedAssemblies(IServiceProvider services, CancellationToken cancel)
    {
        var db = services.GetRequiredService<NassijDb>();
        var clock = services.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        var today = Formats.TodayInMorocco(clock);
        foreach (var (president, place, agenda) in new[]
        {
            ("president1", "مقر الجمعية", "التقرير الأدبي لسنة " + (today.Year - 1) + "\nالتقرير المالي لسنة " + (today.Year - 1) + "\nبرنامج عمل السنة"),
            ("president2", "Maison des associations", "Rapport moral " + (today.Year - 1) + "\nRapport financier " + (today.Year - 1) + "\nProgramme de l'année"),
        })
        {
            var associationId = await db.RoleGrants.Where(g => g.Person!.Email == $"{president}@{DemoData.Domain}").Select(g => g.AssociationId!.Value).FirstAsync(cancel);
            db.Meetings.Add(new Workspace.Governance.Meeting
            {
                AssociationId = associationId,
                Body = Workspace.Governance.BodyKind.GeneralAssembly,
                Kind = Workspace.Governance.MeetingKind.Ordinary,
                StartsAt = Formats.FromMorocco(today.ToDateTime(new TimeOnly(18, 0))),
                Place = place,
                Agenda = agenda,
                Status = Workspace.Governance.MeetingStatus.Convened,
                ConvokedAt = now.AddDays(-21),
                Convoked = 40,
                CreatedAt = now.AddDays(-25),
            });
        }

        await db.SaveChangesAsync(cancel);
    }

    private static Member NewMember(int associationId, string? nameAr, string? nameLatin, string? email, MemberCategory category, DateOnly joinedOn, DateTimeOffset now, string? phone = null)
    {
        var member = new Member
        {
            AssociationId = associationId,
            NameAr = nameAr,
            NameLatin = nameLatin,
            Email = email,
            Phone = phone,
            Category = category,
            JoinedOn = joinedOn,
            ConsentGivenOn = joinedOn,
            ConsentPurpose = "تدبير العضوية والاشتراكات والاجتماعات والتواصل داخل الجمعية",
            CreatedAt = now,
        };
        member.Refresh();
        return member;
    }
}
