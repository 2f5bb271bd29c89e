using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Workspace.Members;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Bench;

/// <summary>A large association: N members (100,000 by default) with names in both scripts, phones and some ID numbers,
/// in 1,000 associations of the directory; its president signs in as bench-officer.</summary>
public static class MemberSeeder
{
    public const string Officer = "bench-officer@bench.nassij.ma";

    private static readonly (string Ar, string Latin)[] FirstNames =
    [
        ("محمد", "Mohammed"), ("فاطمة", "Fatima"), ("يوسف", "Youssef"), ("خديجة", "Khadija"), ("عمر", "Omar"), ("سلمى", "Salma"),
        ("إدريس", "Driss"), ("نادية", "Nadia"), ("رشيد", "Rachid"), ("أمينة", "Amina"), ("حسن", "Hassan"), ("مريم", "Meryem"),
        ("عبد الله", "Abdellah"), ("زينب", "Zineb"), ("كريم", "Karim"), ("هند", "Hind"), ("سعيد", "Said"), ("ليلى", "Leila"),
        ("إبراهيم", "Brahim"), ("سناء", "Sanaa"), ("مصطفى", "Mustapha"), ("نوال", "Naoual"), ("عثمان", "Othmane"), ("إيمان", "Imane"),
    ];

    private static readonly (string Ar, string Latin)[] FamilyNames =
    [
        ("العلوي", "Alaoui"), ("بناني", "Bennani"), ("التازي", "Tazi"), ("الفاسي", "Fassi"), ("برادة", "Berrada"), ("الإدريسي", "Idrissi"),
        ("الشرايبي", "Chraibi"), ("العمراني", "Amrani"), ("المريني", "Merini"), ("الكتاني", "Kettani"), ("الصقلي", "Sqalli"), ("الوزاني", "Ouazzani"),
        ("بنجلون", "Benjelloun"), ("السباعي", "Sebbai"), ("الحسني", "Hassani"), ("الزياني", "Zayani"), ("أيت علي", "Ait Ali"), ("أمزيان", "Amziane"),
        ("بوعزة", "Bouazza"), ("الرحماني", "Rahmani"), ("الطاهري", "Tahiri"), ("الخياري", "Khiari"), ("الدكالي", "Doukkali"), ("السوسي", "Soussi"),
        ("الريفي", "Rifi"), ("المراكشي", "Marrakchi"), ("الطنجاوي", "Tanjaoui"), ("الشاوي", "Chaoui"), ("الجبلي", "Jebli"), ("الصحراوي", "Sahraoui"),
    ];

    public static async Task<int> Seed(string connection, int count)
    {
        await AssociationSeeder.Seed(connection, 1000);
        var options = new DbContextOptionsBuilder<PostgresNassijDb>().UseNpgsql(connection).Options;
        await using var db = new PostgresNassijDb(options);
        var associationId = await db.Associations.MinAsync(a => a.Id);
        var officer = CaseSeeder.Person(Officer, "Présidente");
        officer.PasswordHash = new Microsoft.AspNetCore.Identity.PasswordHasher<Nassij.Web.Features.Accounts.Person>().HashPassword(officer, CaseSeeder.Password);
        db.Users.Add(officer);
        db.RoleGrants.Add(new RoleGrant { PersonId = officer.Id, AssociationId = associationId, Role = Role.President, GrantedAt = TimeProvider.System.GetUtcNow() });
        await db.SaveChangesAsync();

        var now = TimeProvider.System.GetUtcNow();
        // The import's own writer (binary COPY of the members and their search words).
        foreach (var chunk in Enumerable.Range(0, count).Chunk(10_000))
        {
            await Nassij.Web.Features.Workspace.Members.Import.MemberCopy.Write(db, [.. chunk.Select(i => Member(associationId, i, phoneBase: 600_000_000, now))], CancellationToken.None);
        }

        db.Database.SetCommandTimeout(0);
        await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE \"Members\"");
        await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE \"MemberWords\"");
        return count;
    }

    /// <summary>A members file as an association keeps it, for the import scenario: other people than the seeded ones.</summary>
    public static async Task WriteFile(string path, int count)
    {
        var text = new StringBuilder("الاسم الكامل;Nom;CIN;Téléphone;E-mail;Date d'adhésion;Qualité\r\n");
        for (var i = 0; i < count; i++)
        {
            var m = Member(0, i, phoneBase: 700_000_000, DateTimeOffset.UnixEpoch);
            text.Append(CultureInfo.InvariantCulture, $"{m.NameAr};{m.NameLatin};{m.NationalId?.Replace("B", "C", StringComparison.Ordinal)};{m.Phone};;{m.JoinedOn:dd/MM/yyyy};{(i % 10 == 0 ? "Membre fondateur" : "Membre actif")}\r\n");
        }

        await File.WriteAllTextAsync(path, text.ToString(), new UTF8Encoding(true));
    }

    private static Member Member(int associationId, int i, int phoneBase, DateTimeOffset createdAt)
    {
        var first = FirstNames[i % FirstNames.Length];
        var family = FamilyNames[i / FirstNames.Length % FamilyNames.Length];
        var member = new Member
        {
            AssociationId = associationId,
            NameAr = $"{first.Ar} {family.Ar}",
            NameLatin = $"{first.Latin} {family.Latin}",
            NationalId = i % 3 == 0 ? $"B{100000 + i}" : null,
            Phone = $"0{phoneBase + i}",
            Email = i % 5 == 0 ? $"membre{i}@example.ma" : null,
            Category = i % 10 == 0 ? MemberCategory.Founding : MemberCategory.Active,
            JoinedOn = new DateOnly(2015, 1, 1).AddDays(i % 3650),
            ConsentPurpose = "Gestion des adhésions, des cotisations et des réunions",
            CreatedAt = createdAt,
        };
        member.ConsentGivenOn = member.JoinedOn;
        member.Refresh();
        return member;
    }
}
