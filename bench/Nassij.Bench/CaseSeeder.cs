using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Accounts;
using Nassij.Web.Features.Support.Cases;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;
using Npgsql;
using NpgsqlTypes;

namespace Nassij.Bench;

/// <summary>A support centre after two years: 1,000,000 cases over 13 queues and 40 advisers, five messages each
/// (5,000,000), 95 % settled, the last month's still live with their deadlines.</summary>
public static class CaseSeeder
{
    public const string Supervisor = "bench-supervisor@bench.nassij.ma";
    public const string Adviser = "bench-adviser1@bench.nassij.ma";
    public const string Password = "Nassij-bench-2026";

    private static readonly string[] Subjects =
    [
        "تجديد المكتب المسير", "التصريح بالتغييرات", "الوصل النهائي", "عقد الجمع العام", "التقرير المالي", "فتح حساب بنكي",
        "Renouvellement du bureau", "Récépissé définitif", "Rapport financier de la tranche", "Assemblée générale extraordinaire",
        "Déclaration du financement étranger", "Accès à la plateforme", "Modification des statuts", "Appel à projets 2026",
    ];

    private static readonly string[] Names = ["محمد العلوي", "فاطمة بناني", "يوسف التازي", "Khadija Amrani", "Omar Berrada", "Salma El Idrissi", "رشيد المريني", "Nadia Fassi"];

    public static async Task<int> Seed(string connection, int count)
    {
        var now = TimeProvider.System.GetUtcNow();
        var options = new DbContextOptionsBuilder<PostgresNassijDb>().UseNpgsql(connection).Options;
        await using var db = new PostgresNassijDb(options);
        var hasher = new Microsoft.AspNetCore.Identity.PasswordHasher<Person>();
        var people = Enumerable.Range(0, 41).Select(i => Person(i == 0 ? Supervisor : $"bench-adviser{i}@bench.nassij.ma", i == 0 ? "Superviseure" : $"Conseiller {i}")).ToList();
        foreach (var p in people)
        {
            p.PasswordHash = hasher.HashPassword(p, Password);
        }

        db.Users.AddRange(people);
        db.RoleGrants.AddRange(people.Select((p, i) => new RoleGrant { PersonId = p.Id, Role = i == 0 ? Role.SupportSupervisor : Role.SupportAdviser, GrantedAt = now }));
        var queues = Enumerable.Range(1, 12).Select(r => new CaseQueue { NameAr = $"الجهة {r}", NameFr = $"Région {r}", RegionCode = r.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) }).ToList();
        queues.Add(new CaseQueue { NameAr = "قانوني", NameFr = "Juridique", Topic = CaseTopic.Legal });
        for (var q = 0; q < queues.Count; q++)
        {
            queues[q].Advisers = [.. Enumerable.Range(0, 4).Select(k => new QueueAdviser { PersonId = people[1 + ((q * 3) + k) % 40].Id })];
        }

        db.CaseQueues.AddRange(queues);
        await db.SaveChangesAsync();
        var firstId = (await db.Cases.MaxAsync(c => (int?)c.Id) ?? 0) + 1;

        // Building the indexes of 5 million rows takes minutes: no command timeout while seeding.
        await using var copyConnection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connection) { CommandTimeout = 0 }.ConnectionString);
        await copyConnection.OpenAsync();
        var random = new Random(2026);
        var span = TimeSpan.FromDays(730);
        await using (var copy = await copyConnection.BeginBinaryImportAsync(
            "COPY \"Cases\" (\"Id\", \"Reference\", \"Topic\", \"RegionCode\", \"Channel\", \"Status\", \"Priority\", \"Subject\", \"RequesterName\", \"RequesterEmail\", \"Language\", \"QueueId\", \"AssigneeId\", " +
            "\"CreatedAt\", \"LastActivityAt\", \"FirstRespondedAt\", \"ResolvedAt\", \"FirstResponseDueAt\", \"ResolutionDueAt\", \"PausedWorkingMinutes\", \"NextDueAt\", \"FirstResponseMet\", \"ResolutionMet\", \"Rating\", \"SearchKey\", \"Version\") FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < count; i++)
            {
                var id = firstId + i;
                var created = now - (span * (1 - ((double)i / count))) - TimeSpan.FromMinutes(random.Next(0, 600));
                var age = now - created;
                var region = 1 + random.Next(12);
                var topic = (CaseTopic)new[] { 1, 1, 2, 2, 3, 4, 5, 9 }[random.Next(8)];
                var queue = topic == CaseTopic.Legal ? queues[12] : queues[region - 1];
                var status = age.TotalDays > 30 ? (random.Next(10) < 8 ? CaseStatus.Closed : CaseStatus.Resolved)
                    : (CaseStatus)(1 + random.Next(4));
                var answered = status != CaseStatus.New;
                var done = status is CaseStatus.Resolved or CaseStatus.Closed;
                var firstDue = created.AddHours(8);
                var resolutionDue = created.AddDays(5);
                var subject = Subjects[random.Next(Subjects.Length)];
                var name = Names[random.Next(Names.Length)];
                var reference = $"SC-{created.Year}-B{i:D7}";
                var email = $"requester{i % 50_000}@example.ma";
                await copy.StartRowAsync();
                await copy.WriteAsync(id);
                await copy.WriteAsync(reference);
                await copy.WriteAsync((int)topic);
                await copy.WriteAsync(region.ToString("D2", System.Globalization.CultureInfo.InvariantCulture));
                await copy.WriteAsync(1 + random.Next(3));
                await copy.WriteAsync((int)status);
                await copy.WriteAsync(random.Next(10) == 0 ? 3 : 2);
                await copy.WriteAsync(subject);
                await copy.WriteAsync(name);
                await copy.WriteAsync(email);
                await copy.WriteAsync(subject[0] > '\u0600' ? "ar" : "fr");
                await copy.WriteAsync(queue.Id);
                await copy.WriteAsync(queue.Advisers[random.Next(queue.Advisers.Count)].PersonId);
                await copy.WriteAsync(created.UtcDateTime, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(created.AddHours(6).UtcDateTime, NpgsqlDbType.TimestampTz);
                await WriteTime(copy, answered ? created.AddHours(random.Next(1, 12)) : null);
                await WriteTime(copy, done ? created.AddDays(random.Next(1, 8)) : null);
                await copy.WriteAsync(firstDue.UtcDateTime, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(resolutionDue.UtcDateTime, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(0);
                await WriteTime(copy, done || status == CaseStatus.WaitingForRequester ? null : answered ? resolutionDue : firstDue);
                await WriteBool(copy, answered ? random.Next(10) < 8 : null);
                await WriteBool(copy, done ? random.Next(10) < 7 : null);
                if (status == CaseStatus.Closed && random.Next(3) == 0)
                {
                    await copy.WriteAsync(1 + Math.Min(4, random.Next(2, 7)));
                }
                else
                {
                    await copy.WriteNullAsync();
                }

                await copy.WriteAsync(TextFolding.Fold($"{reference} {subject} {name} {email}"));
                await copy.WriteAsync(1);
            }

            await copy.CompleteAsync();
        }

        await using (var copy = await copyConnection.BeginBinaryImportAsync(
            "COPY \"CaseMessages\" (\"CaseId\", \"Kind\", \"AuthorName\", \"Body\", \"Channel\", \"CreatedAt\") FROM STDIN (FORMAT BINARY)"))
        {
            var start = now - span;
            for (var i = 0; i < count; i++)
            {
                var created = start + (span * ((double)i / count));
                for (var m = 0; m < 5; m++)
                {
                    await copy.StartRowAsync();
                    await copy.WriteAsync(firstId + i);
                    await copy.WriteAsync(m switch { 0 or 3 => 1, 2 => 3, _ => 2 });
                    await copy.WriteAsync(m is 0 or 3 ? "Demandeur" : "Conseiller");
                    await copy.WriteAsync(m switch { 0 => "Bonjour, nous avons une question sur notre association.", 2 => "Note interne : vérifier le récépissé.", 3 => "Merci pour la réponse.", _ => "Voici la réponse du centre, avec l'article d'aide." });
                    await copy.WriteAsync(1);
                    await copy.WriteAsync(created.AddHours(m).UtcDateTime, NpgsqlDbType.TimestampTz);
                }
            }

            await copy.CompleteAsync();
        }

        // VACUUM sets the visibility map, so the supervisor's figures can be index-only scans (autovacuum would, later).
        foreach (var statement in new[] { "SELECT setval(pg_get_serial_sequence('\"Cases\"', 'Id'), (SELECT max(\"Id\") FROM \"Cases\"))", "VACUUM ANALYZE \"Cases\"", "VACUUM ANALYZE \"CaseMessages\"" })
        {
            await using var command = new NpgsqlCommand(statement, copyConnection);
            await command.ExecuteNonQueryAsync();
        }

        return count;
    }

    private static Task WriteTime(NpgsqlBinaryImporter copy, DateTimeOffset? value) =>
        value is { } v ? copy.WriteAsync(v.UtcDateTime, NpgsqlDbType.TimestampTz) : copy.WriteNullAsync();

    private static Task WriteBool(NpgsqlBinaryImporter copy, bool? value) =>
        value is { } v ? copy.WriteAsync(v) : copy.WriteNullAsync();

    internal static Person Person(string email, string name) => new()
    {
        Id = Guid.CreateVersion7(),
        UserName = email,
        NormalizedUserName = email.ToUpperInvariant(),
        Email = email,
        NormalizedEmail = email.ToUpperInvariant(),
        EmailConfirmed = true,
        DisplayName = name,
        Language = "fr",
        SecurityStamp = Guid.NewGuid().ToString("N"),
        LockoutEnabled = true,
    };
}
