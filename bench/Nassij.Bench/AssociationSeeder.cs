using System.Globalization;
using Nassij.Web.Features.Associations;
using Nassij.Web.Platform.Geography;
using Nassij.Web.Platform.Localization;
using Npgsql;
using NpgsqlTypes;

namespace Nassij.Bench;

/// <summary>Writes N realistic verified associations with PostgreSQL's binary COPY: names in Arabic
/// and French built from real themes and places, every province, Casablanca-Settat the largest.</summary>
public static class AssociationSeeder
{
    private static readonly (string Ar, string Fr, Domain Domain)[] Themes =
    [
        ("للتنمية والتضامن", "pour le développement et la solidarité", Domain.SocialSolidarity),
        ("للتربية والتعليم", "pour l'éducation", Domain.Education),
        ("لحماية البيئة", "pour la protection de l'environnement", Domain.Environment),
        ("للثقافة والفنون", "pour la culture et les arts", Domain.Culture),
        ("للرياضة والشباب", "pour le sport et la jeunesse", Domain.Sport),
        ("لحقوق المرأة", "pour les droits des femmes", Domain.WomenRights),
        ("للأشخاص في وضعية إعاقة", "des personnes en situation de handicap", Domain.Disability),
        ("للتنمية القروية", "pour le développement rural", Domain.RuralDevelopment),
        ("للصحة والوقاية", "pour la santé et la prévention", Domain.Health),
        ("للإدماج الرقمي", "pour l'inclusion numérique", Domain.Digital),
        ("للديمقراطية التشاركية", "pour la démocratie participative", Domain.ParticipatoryDemocracy),
        ("للثقافة الأمازيغية", "pour la culture amazighe", Domain.AmazighCulture),
        ("لحماية الطفولة", "pour la protection de l'enfance", Domain.ChildhoodAndYouth),
        ("للأنشطة المدرة للدخل", "pour les activités génératrices de revenus", Domain.IncomeGeneration),
        ("لحقوق الإنسان", "pour les droits de l'homme", Domain.HumanRights),
    ];

    private static readonly (string Ar, string Fr)[] Names =
    [
        ("الأمل", "Al Amal"), ("النور", "Annour"), ("الفجر", "Al Fajr"), ("الوفاء", "Al Wafae"), ("الإحسان", "Al Ihssane"),
        ("الخير", "Al Khair"), ("التضامن", "Attadamoun"), ("المستقبل", "Al Moustaqbal"), ("الرحمة", "Arrahma"), ("البركة", "Al Baraka"),
        ("الأطلس", "Atlas"), ("الواحة", "Al Waha"), ("السلام", "Assalam"), ("الهدى", "Al Houda"), ("النهضة", "Annahda"),
        ("إشراق", "Ichraq"), ("أجيال", "Ajial"), ("تيفاوين", "Tifawin"), ("أمل الغد", "Amal Al Ghad"), ("الياسمين", "Yasmine"),
    ];

    public static async Task<int> Seed(string connection, int count)
    {
        var places = Geography.Load(Path.Combine(AppContext.BaseDirectory, "Platform", "Geography", "geography.json"));
        var provinces = Weighted(places);
        // No command timeout: at 300,000 associations the words' COPY runs past Npgsql's 30 s default under load.
        await using var db = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connection) { CommandTimeout = 0 }.ConnectionString);
        await db.OpenAsync();
        var start = await NextId(db);
        var random = new Random(2026);
        var today = new DateOnly(2026, 11, 1);
        var now = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        var verified = new List<(int Id, string NameAr, string NameFr, string? Acronym)>(count);

        await using (var copy = await db.BeginBinaryImportAsync(
            "COPY \"Associations\" (\"Id\", \"NameAr\", \"NameFr\", \"Acronym\", \"LegalForm\", \"FoundedOn\", \"ProvisionalReceiptOn\", \"FinalReceiptNumber\", \"FinalReceiptOn\", " +
            "\"Address\", \"RegionCode\", \"ProvinceCode\", \"Status\", \"CreatedAt\", \"VerifiedAt\", \"SearchKey\", \"Version\", \"DomainMask\") FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < count; i++)
            {
                var id = start + i;
                var province = provinces[random.Next(provinces.Length)];
                var theme = Themes[random.Next(Themes.Length)];
                var name = Names[random.Next(Names.Length)];
                var nameAr = $"جمعية {name.Ar} {theme.Ar} ب{province.Ar}";
                var nameFr = $"Association {name.Fr} {theme.Fr} - {province.Fr}";
                var provisional = today.AddDays(-random.Next(70, 365 * 30));
                var acronym = random.Next(3) == 0 ? $"A{name.Fr[..1]}{province.Fr[..1]}{id % 1000}" : null;

                await copy.StartRowAsync();
                await copy.WriteAsync(id, NpgsqlDbType.Integer);
                await copy.WriteAsync(nameAr, NpgsqlDbType.Varchar);
                await copy.WriteAsync(nameFr, NpgsqlDbType.Varchar);
                await WriteNullable(copy, acronym);
                await copy.WriteAsync((int)LegalForm.Association, NpgsqlDbType.Integer);
                await copy.WriteAsync(provisional.AddDays(-15), NpgsqlDbType.Date);
                await copy.WriteAsync(provisional, NpgsqlDbType.Date);
                await copy.WriteAsync($"{province.Code}/{provisional.Year}/{id}", NpgsqlDbType.Varchar);
                await copy.WriteAsync(provisional.AddDays(40), NpgsqlDbType.Date);
                await copy.WriteAsync($"{random.Next(1, 300)} {province.Fr}", NpgsqlDbType.Varchar);
                await copy.WriteAsync(province.Region, NpgsqlDbType.Varchar);
                await copy.WriteAsync(province.Code, NpgsqlDbType.Varchar);
                var status = random.Next(20) == 0 ? VerificationStatus.Pending : VerificationStatus.Verified;
                await copy.WriteAsync((int)status, NpgsqlDbType.Integer);
                await copy.WriteAsync(now.AddDays(-random.Next(1, 900)), NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(TextFolding.Fold($"{nameAr} {nameFr} {acronym}"), NpgsqlDbType.Varchar);
                await copy.WriteAsync(0, NpgsqlDbType.Integer);
                var second = Themes[random.Next(Themes.Length)].Domain;
                await copy.WriteAsync(DomainMask.Of(random.Next(3) == 0 ? [theme.Domain, second] : [theme.Domain]), NpgsqlDbType.Bigint);
                if (status == VerificationStatus.Verified)
                {
                    verified.Add((id, nameAr, nameFr, acronym));
                }
            }

            await copy.CompleteAsync();
        }

        // Millions of word rows: building their indexes once after the copy is far faster than row by row.
        var indexes = await DropSecondaryIndexes(db, "DirectoryWords");
        await using (var copy = await db.BeginBinaryImportAsync("COPY \"DirectoryWords\" (\"Word\", \"AssociationId\", \"SortAr\", \"SortFr\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, nameAr, nameFr, acronym) in verified)
            {
                foreach (var word in DirectoryWords.Of(nameAr, nameFr, acronym))
                {
                    await copy.StartRowAsync();
                    await copy.WriteAsync(word, NpgsqlDbType.Varchar);
                    await copy.WriteAsync(id, NpgsqlDbType.Integer);
                    await copy.WriteAsync(nameAr, NpgsqlDbType.Varchar);
                    await copy.WriteAsync(nameFr, NpgsqlDbType.Varchar);
                }
            }

            await copy.CompleteAsync();
        }

        foreach (var definition in indexes)
        {
            await using var create = new NpgsqlCommand($"SET maintenance_work_mem = '512MB'; {definition}", db) { CommandTimeout = 600 };
            await create.ExecuteNonQueryAsync();
        }

        await using (var fix = new NpgsqlCommand("SELECT setval(pg_get_serial_sequence('\"Associations\"', 'Id'), (SELECT max(\"Id\") FROM \"Associations\")); ANALYZE \"Associations\"; ANALYZE \"DirectoryWords\";", db))
        {
            await fix.ExecuteNonQueryAsync();
        }

        return count;
    }

    /// <summary>Drops the table's indexes other than its primary key and returns their definitions.</summary>
    private static async Task<List<string>> DropSecondaryIndexes(NpgsqlConnection db, string table)
    {
        var definitions = new List<(string Name, string Definition)>();
        await using (var read = new NpgsqlCommand("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = @t AND indexname NOT LIKE 'PK_%'", db))
        {
            read.Parameters.AddWithValue("t", table);
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                definitions.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in definitions)
        {
            await using var drop = new NpgsqlCommand($"DROP INDEX \"{name}\"", db);
            await drop.ExecuteNonQueryAsync();
        }

        return [.. definitions.Select(d => d.Definition)];
    }

    private static async Task WriteNullable(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null)
        {
            await copy.WriteNullAsync();
        }
        else
        {
            await copy.WriteAsync(value, NpgsqlDbType.Varchar);
        }
    }

    private static async Task<int> NextId(NpgsqlConnection db)
    {
        await using var command = new NpgsqlCommand("SELECT COALESCE(max(\"Id\"), 0) + 1 FROM \"Associations\"", db);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    // Casablanca-Settat holds about 15 % of associations; the southern regions the fewest.
    private static Province[] Weighted(Geography places)
    {
        var weights = new Dictionary<string, int> { ["06"] = 15, ["04"] = 12, ["03"] = 11, ["07"] = 11, ["01"] = 10, ["09"] = 9, ["02"] = 8, ["05"] = 7, ["08"] = 7, ["10"] = 4, ["11"] = 4, ["12"] = 2 };
        return [.. places.Provinces.SelectMany(p => Enumerable.Repeat(p, Math.Max(1, weights[p.Region] * 10 / places.ProvincesOf(p.Region).Count())))];
    }
}
