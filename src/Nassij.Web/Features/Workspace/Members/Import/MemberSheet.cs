using System.Globalization;
using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.Csv;
using Nassij.Web.Platform.Files;

namespace Nassij.Web.Features.Workspace.Members.Import;

/// <summary>One row of the file; its number is the one the spreadsheet shows (the header is row 1).</summary>
public sealed record SheetRow(int Number, string?[] Cells);

/// <summary>A members file as associations keep it: a header row, then one person per row, every cell as text.</summary>
public sealed record MemberSheet(IReadOnlyList<string> Headers, IReadOnlyList<SheetRow> Rows)
{
    public const int MaxRows = 100_000;

    static MemberSheet() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Reads the first sheet of an .xlsx file, or a CSV file in UTF-8, UTF-16 or Windows Arabic
    /// (what Excel writes in Morocco), separated by commas, semicolons or tabs. Null when unreadable.</summary>
    public static MemberSheet? Read(Stream content, FileKind kind)
    {
        try
        {
            var rows = kind == FileKind.Xlsx
                ? content.Query(useHeaderRow: false, excelType: ExcelType.XLSX)
                : Csv(content);
            return FromRows(rows.Cast<IDictionary<string, object?>>());
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or InvalidOperationException or IOException or ArgumentException or System.Xml.XmlException or NotSupportedException)
        {
            return null;
        }
    }

    private static IEnumerable<dynamic> Csv(Stream content)
    {
        var text = Decode(content);
        var end = text.IndexOfAny(['\r', '\n']);
        var firstLine = end < 0 ? text : text[..end];
        var separator = new[] { ';', '\t', ',' }.MaxBy(c => firstLine.Count(x => x == c));
        var utf8 = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return utf8.Query(useHeaderRow: false, excelType: ExcelType.CSV, configuration: new CsvConfiguration { Seperator = separator });
    }

    private static string Decode(Stream content)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        var bytes = buffer.ToArray();
        if (bytes.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE }) || bytes.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.Unicode, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1256).GetString(bytes);
        }
    }

    private static MemberSheet? FromRows(IEnumerable<IDictionary<string, object?>> rows)
    {
        string[]? columns = null;
        string[] headers = [];
        var data = new List<SheetRow>();
        var number = 0;
        foreach (var row in rows)
        {
            number++;
            if (columns is null)
            {
                columns = [.. row.Keys];
                headers = [.. columns.Select((c, i) => Cell(row[c]) ?? $"#{i + 1}")];
                continue;
            }

            var cells = columns.Select(c => row.TryGetValue(c, out var v) ? Cell(v) : null).ToArray();
            if (cells.All(c => c is null))
            {
                continue;
            }

            if (data.Count == MaxRows)
            {
                return null;
            }

            data.Add(new SheetRow(number, cells));
        }

        return columns is null ? null : new MemberSheet(headers, data);
    }

    private static string? Cell(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double n => n.ToString("0.##########", CultureInfo.InvariantCulture),
        decimal n => n.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString() is { } s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null,
    };
}
