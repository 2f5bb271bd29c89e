using MiniExcelLibs;

namespace Nassij.Web.Platform.Exports;

/// <summary>Any list as Excel (.xlsx) or CSV, streamed row by row so a long list does not sit in memory twice.</summary>
public static class Spreadsheets
{
    public static async Task<IResult> File<TRow>(IEnumerable<TRow> rows, string name, string format, CancellationToken cancel)
    {
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        var stream = new MemoryStream();
        if (csv)
        {
            // A byte-order mark so that Excel opens Arabic CSV as UTF-8.
            stream.Write("\uFEFF"u8);
        }

        await stream.SaveAsAsync(rows, printHeader: true, excelType: csv ? ExcelType.CSV : ExcelType.XLSX, cancellationToken: cancel);
        stream.Position = 0;
        return csv
            ? Results.File(stream, "text/csv; charset=utf-8", $"{name}.csv")
            : Results.File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{name}.xlsx");
    }
}
