using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Accounts;
using Nassij.Web.Features.Funding.Agreements;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Features.Funding.Calls;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;
using Npgsql;
using NpgsqlTypes;

namespace Nassij.Bench;

/// <summary>A call at national scale: one application per association (20,000), three submitted evaluations each
/// (60,000, with their scores), the committee's averages, and agreements for the best-ranked projects.</summary>
public static class CallSeeder
{
    public const string Manager = "bench-manager@bench.nassij.ma";
    public const string Password = "Nassij-bench-2026";

    public static async Task<int> Seed(string connection, int applications)
    {
        var now = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
        var options = new DbContextOptionsBuilder<PostgresNassijDb>().UseNpgsql(connection).Options;
        await using var db = new PostgresNassijDb(options);
        var evaluators = Enumerable.Range(1, 60).Select(i => new Person
        {
            Id = Guid.CreateVersion7(),
            UserName = $"bench-evaluator{i}@bench.nassij.ma",
            NormalizedUserName = $"BENCH-EVALUATOR{i}@BENCH.NASSIJ.MA",
            Email = $"bench-evaluator{i}@bench.nassij.ma",
            NormalizedEmail = $"BENCH-EVALUATOR{i}@BENCH.NASSIJ.MA",
            DisplayName = $"Évaluateur {i}",
            Language = "fr",
            SecurityStamp = Guid.NewGuid().ToString("N"),
        }).ToList();
        var manager = new Person
        {
            Id = Guid.CreateVersion7(),
            UserName = Manager,
            NormalizedUserName = Manager.ToUpperInvariant(),
            Email = Manager,
            NormalizedEmail = Manager.ToUpperInvariant(),
            EmailConfirmed = true,
            DisplayName = "Bench manager",
            Language = "fr",
            SecurityStamp = Guid.NewGuid().ToString("N"),
            LockoutEnabled = true,
        };
        manager.PasswordHash = new Microsoft.AspNetCore.Identity.PasswordHasher<Person>().HashPassword(manager, Password);
        db.Users.Add(manager);
        db.RoleGrants.Add(new RoleGrant { PersonId = manager.Id, Role = Role.CallManager, GrantedAt = now });
        db.Users.AddRange(evaluators);
        db.RoleGrants.AddRange(evaluators.Select(e => new RoleGrant { PersonId = e.Id, Role = Role.Evaluator, GrantedAt = now }));
        var call = new Call
        {
            TitleAr = "طلب عروض وطني — قياس الأداء",
            TitleFr = "Appel national — mesure de performance",
            TextAr = "نص",
            TextFr = "Texte",
            OpensAt = now.AddDays(-60),
            ClosesAt = now.AddDays(-30),
            State = CallState.Evaluation,
            PublishedAt = now.AddDays(-60),
            CreatedAt = now.AddDays(-61),
            EvaluatorsPerApplication = 3,
            Lots =
            [
                new() { Number = 1, ThemeAr = "الديمقراطية التشاركية", ThemeFr = "Démocratie participative", Envelope = 52_000_000m, MinimumGrant = 50_000m, MaximumGrant = 150_000m, IndicativeProjects = 520 },
                new() { Number = 2, ThemeAr = "الولوج الرقمي", ThemeFr = "Accès numérique", Envelope = 45_000_000m, MinimumGrant = 50_000m, MaximumGrant = 150_000m, IndicativeProjects = 450 },
            ],
            Criteria = [new() { Number = 1, LabelAr = "الملاءمة", LabelFr = "Pertinence", MaxPoints = 60 }, new() { Number = 2, LabelAr = "الجدوى", LabelFr = "Faisabilité", MaxPoints = 40 }],
            Committee = [.. evaluators.Select(e => new CommitteeSeat { PersonId = e.Id })],
        };
        db.Calls.Add(call);
        await db.SaveChangesAsync();

        var associations = await db.Associations.OrderBy(a => a.Id).Select(a => a.Id).Take(applications).ToListAsync();
        await using var connectionForCopy = new NpgsqlConnection(connection);
        await connectionForCopy.OpenAsync();
        var random = new Random(97);
        var totals = new List<int[]>(associations.Count);
        await using (var copy = await connectionForCopy.BeginBinaryImportAsync(
            "COPY \"Applications\" (\"CallId\", \"LotId\", \"AssociationId\", \"State\", \"Reference\", \"Title\", \"Summary\", \"Objectives\", \"TargetGroup\", \"Beneficiaries\", " +
            "\"RequestedTotal\", \"CreatedAt\", \"UpdatedAt\", \"SubmittedAt\", \"Fingerprint\", \"AverageScore\", \"ScoreSpread\", \"Version\") FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < associations.Count; i++)
            {
                var lot = call.Lots[i % 2];
                int[] scores = [random.Next(35, 96), random.Next(35, 96), random.Next(35, 96)];
                totals.Add(scores);
                await copy.StartRowAsync();
                await copy.WriteAsync(call.Id);
                await copy.WriteAsync(lot.Id);
                await copy.WriteAsync(associations[i]);
                await copy.WriteAsync((int)ApplicationState.Evaluated);
                await copy.WriteAsync($"AP{call.Id:D3}-{lot.Number}-B{i:D6}");
                await copy.WriteAsync($"Projet associatif n° {i}");
                await copy.WriteAsync("Résumé du projet.");
                await copy.WriteAsync("Objectifs du projet.");
                await copy.WriteAsync("Jeunes et femmes");
                await copy.WriteAsync(random.Next(20, 500));
                await copy.WriteAsync((decimal)(random.Next(50, 151) * 1000), NpgsqlDbType.Numeric);
                await copy.WriteAsync(now.AddDays(-40).UtcDateTime, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(now.AddDays(-35).UtcDateTime, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(now.AddDays(-35).AddSeconds(i).UtcDateTime, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i))));
                await copy.WriteAsync(Math.Round((decimal)scores.Average(), 2), NpgsqlDbType.Numeric);
                await copy.WriteAsync(scores.Max() - scores.Min());
                await copy.WriteAsync(1);
            }

            await copy.CompleteAsync();
        }

        var ids = await db.Applications.Where(a => a.CallId == call.Id).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
        await using (var copy = await connectionForCopy.BeginBinaryImportAsync(
            "COPY \"Evaluations\" (\"CallId\", \"ApplicationId\", \"EvaluatorId\", \"State\", \"AssignedAt\", \"DeclaredAt\", \"SubmittedAt\", \"Total\", \"Version\") FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < ids.Count; i++)
            {
                for (var e = 0; e < 3; e++)
                {
                    await copy.StartRowAsync();
                    await copy.WriteAsync(call.Id);
                    await copy.WriteAsync(ids[i]);
                    await copy.WriteAsync(evaluators[((i * 3) + e) % evaluators.Count].Id);
                    await copy.WriteAsync(4);
                    await copy.WriteAsync(now.AddDays(-29).UtcDateTime, NpgsqlDbType.TimestampTz);
                    await copy.WriteAsync(now.AddDays(-28).UtcDateTime, NpgsqlDbType.TimestampTz);
                    await copy.WriteAsync(now.AddDays(-20).UtcDateTime, NpgsqlDbType.TimestampTz);
                    await copy.WriteAsync(totals[i][e]);
                    await copy.WriteAsync(1);
                }
            }

            await copy.CompleteAsync();
        }

        var evaluations = await db.Evaluations.Where(e => e.CallId == call.Id).OrderBy(e => e.Id).Select(e => new { e.Id, e.Total }).ToListAsync();
        await using (var copy = await connectionForCopy.BeginBinaryImportAsync(
            "COPY \"Score\" (\"EvaluationId\", \"CriterionId\", \"Points\", \"Justification\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var evaluation in evaluations)
            {
                var first = Math.Min(60, evaluation.Total!.Value * 60 / 100);
                foreach (var (criterion, points) in new[] { (call.Criteria[0].Id, first), (call.Criteria[1].Id, evaluation.Total!.Value - first) })
                {
                    await copy.StartRowAsync();
                    await copy.WriteAsync(evaluation.Id);
                    await copy.WriteAsync(criterion);
                    await copy.WriteAsync(points);
                    await copy.WriteAsync("Justification de la note.");
                }
            }

            await copy.CompleteAsync();
        }

        await SelectAndAgree(db, call, now);
        return ids.Count;
    }

    /// <summary>The best-ranked projects of each lot selected within the envelope, with an agreement and tranche 1 paid for half of them.</summary>
    private static async Task SelectAndAgree(PostgresNassijDb db, Call call, DateTimeOffset now)
    {
        foreach (var lot in call.Lots)
        {
            var best = await db.Applications.Where(a => a.LotId == lot.Id).OrderByDescending(a => a.AverageScore).ThenBy(a => a.RequestedTotal).Take(lot.IndicativeProjects).ToListAsync();
            var committed = 0m;
            var n = 0;
            foreach (var application in best.TakeWhile(a => (committed += a.RequestedTotal) <= lot.Envelope))
            {
                application.State = ApplicationState.Selected;
                application.GrantedAmount = application.RequestedTotal;
                application.Rank = ++n;
                var agreement = AgreementRules.Draw(application, call, DateOnly.FromDateTime(now.UtcDateTime), now);
                agreement.State = AgreementState.Active;
                agreement.SignedOn = DateOnly.FromDateTime(now.UtcDateTime);
                agreement.Tranches[0].State = n % 2 == 0 ? TrancheState.Paid : TrancheState.Releasable;
                db.Agreements.Add(agreement);
            }
        }

        await db.SaveChangesAsync();
    }
}
