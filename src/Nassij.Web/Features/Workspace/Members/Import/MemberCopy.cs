using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Npgsql;
using NpgsqlTypes;

namespace Nassij.Web.Features.Workspace.Members.Import;

/// <summary>Writes many new members at once on PostgreSQL with binary COPY, several times faster than batched
/// inserts: their ids are reserved from the table's sequence, then the members and their words are streamed,
/// within the caller's transaction.</summary>
public static class MemberCopy
{
    public static async Task Write(NassijDb db, IReadOnlyList<Member> members, CancellationToken cancel)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancel);
        try
        {
            await Reserve(connection, members, cancel);
            await CopyMembers(connection, members, cancel);
            await CopyWords(connection, members, cancel);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task CopyMembers(NpgsqlConnection connection, IReadOnlyList<Member> members, CancellationToken cancel)
    {
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY \"Members\" (\"Id\", \"AssociationId\", \"NameAr\", \"NameLatin\", \"NationalId\", \"Phone\", \"Email\", \"Address\", \"Category\", \"Status\", " +
            "\"JoinedOn\", \"ConsentGivenOn\", \"ConsentPurpose\", \"CreatedAt\", \"SearchKey\", \"SortName\", \"Version\") FROM STDIN (FORMAT BINARY)", cancel))
        {
            foreach (var m in members)
            {
                await copy.StartRowAsync(cancel);
                await copy.WriteAsync(m.Id, NpgsqlDbType.Integer, cancel);
                await copy.WriteAsync(m.AssociationId, NpgsqlDbType.Integer, cancel);
                await Text(copy, m.NameAr, cancel);
                await Text(copy, m.NameLatin, cancel);
                await Text(copy, m.NationalId, cancel);
                await Text(copy, m.Phone, cancel);
                await Text(copy, m.Email, cancel);
                await Text(copy, m.Address, cancel);
                await copy.WriteAsync((int)m.Category, NpgsqlDbType.Integer, cancel);
                await copy.WriteAsync((int)m.Status, NpgsqlDbType.Integer, cancel);
                await copy.WriteAsync(m.JoinedOn, NpgsqlDbType.Date, cancel);
                await copy.WriteAsync(m.ConsentGivenOn, NpgsqlDbType.Date, cancel);
                await copy.WriteAsync(m.ConsentPurpose, NpgsqlDbType.Varchar, cancel);
                await copy.WriteAsync(m.CreatedAt, NpgsqlDbType.TimestampTz, cancel);
                await copy.WriteAsync(m.SearchKey, NpgsqlDbType.Varchar, cancel);
                await copy.WriteAsync(m.SortName, NpgsqlDbType.Varchar, cancel);
                await copy.WriteAsync(m.Version, NpgsqlDbType.Integer, cancel);
            }

            await copy.CompleteAsync(cancel);
        }
    }

    private static async Task CopyWords(NpgsqlConnection connection, IReadOnlyList<Member> members, CancellationToken cancel)
    {
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY \"MemberWords\" (\"MemberId\", \"Word\", \"AssociationId\", \"SortName\") FROM STDIN (FORMAT BINARY)", cancel))
        {
            foreach (var m in members)
            {
                foreach (var word in MemberWords.Of(m))
                {
                    await copy.StartRowAsync(cancel);
                    await copy.WriteAsync(m.Id, NpgsqlDbType.Integer, cancel);
                    await copy.WriteAsync(word, NpgsqlDbType.Varchar, cancel);
                    await copy.WriteAsync(m.AssociationId, NpgsqlDbType.Integer, cancel);
                    await copy.WriteAsync(m.SortName, NpgsqlDbType.Varchar, cancel);
                }
            }

            await copy.CompleteAsync(cancel);
        }
    }

    private static async Task Reserve(NpgsqlConnection connection, IReadOnlyList<Member> members, CancellationToken cancel)
    {
        await using var command = new NpgsqlCommand(
            "SELECT nextval(pg_get_serial_sequence('\"Members\"', 'Id')) FROM generate_series(1, $1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = members.Count });
        await using var reader = await command.ExecuteReaderAsync(cancel);
        var i = 0;
        while (await reader.ReadAsync(cancel))
        {
            members[i++].Id = (int)reader.GetInt64(0);
        }
    }

    private static Task Text(NpgsqlBinaryImporter copy, string? value, CancellationToken cancel) =>
        value is null ? copy.WriteNullAsync(cancel) : copy.WriteAsync(value, NpgsqlDbType.Varchar, cancel);
}
