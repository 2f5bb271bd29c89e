using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Files;
using Nassij.Web.Platform.Localization;

namespace Nassij.Web.Features.Workspace.Members.Import;

public enum RowOutcome
{
    Ready = 1,
    AlreadyMember = 2,
    Rejected = 3,
}

public sealed record CheckedRow(ReadRow Row, RowOutcome Outcome, IReadOnlyList<RowProblem> Problems);

/// <summary>What an import would do, row by row, before anything is written.</summary>
public sealed record ImportCheck(IReadOnlyList<CheckedRow> Rows)
{
    public IEnumerable<CheckedRow> Ready => Rows.Where(r => r.Outcome == RowOutcome.Ready);
    public IEnumerable<CheckedRow> Rejected => Rows.Where(r => r.Outcome == RowOutcome.Rejected);
    public int Count(RowOutcome outcome) => Rows.Count(r => r.Outcome == outcome);
}

/// <summary>Reads an import's file and checks its rows against the association's members: the preview and the job both use it.</summary>
public sealed class MemberImports(NassijDb db, IFileStore files, TimeProvider clock)
{
    public async Task<MemberSheet?> Sheet(MemberImport import, CancellationToken cancel)
    {
        var file = await db.StoredFiles.AsNoTracking().SingleAsync(f => f.Id == import.FileId, cancel);
        await using var content = files.Open(file.StorageKey);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancel);
        buffer.Position = 0;
        return MemberSheet.Read(buffer, file.Kind);
    }

    public async Task<ImportCheck> Check(MemberImport import, MemberSheet sheet, CancellationToken cancel)
    {
        var known = await KnownKeys(import.AssociationId, cancel);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var today = Formats.TodayInMorocco(clock);
        var mapping = import.Columns();
        var rows = new List<CheckedRow>(sheet.Rows.Count);
        foreach (var sheetRow in sheet.Rows)
        {
            var row = MemberRowReader.Read(sheetRow, mapping, import.ConsentPurpose, today);
            rows.Add(Classify(row, known, seen));
        }

        return new ImportCheck(rows);
    }

    private static CheckedRow Classify(ReadRow row, HashSet<string> known, Dictionary<string, int> seen)
    {
        if (!row.Accepted)
        {
            return new(row, RowOutcome.Rejected, row.Problems);
        }

        var keys = MemberIdentity.LookupKeysOf(row.Form);
        if (keys.Any(known.Contains))
        {
            return new(row, RowOutcome.AlreadyMember, []);
        }

        if (keys.Select(k => seen.GetValueOrDefault(k)).FirstOrDefault(n => n > 0) is var first and > 0)
        {
            return new(row, RowOutcome.Rejected, [new RowProblem(null, "The same person is already on row {0} of the file.", first)]);
        }

        foreach (var key in MemberIdentity.KeysOf(row.Form))
        {
            seen.TryAdd(key, row.Number);
        }

        return new(row, RowOutcome.Ready, []);
    }

    private async Task<HashSet<string>> KnownKeys(int associationId, CancellationToken cancel)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var members = db.Members.AsNoTracking().Where(m => m.AssociationId == associationId)
            .Select(m => new { m.NationalId, m.Email, m.NameAr, m.NameLatin, m.Phone })
            .AsAsyncEnumerable();
        await foreach (var m in members.WithCancellation(cancel))
        {
            keys.UnionWith(MemberIdentity.KeysOf(m.NationalId, m.Email, m.NameAr, m.NameLatin, m.Phone));
        }

        return keys;
    }
}
