using System.IO.Compression;

namespace Nassij.Web.Platform.Files;

public enum FileKind
{
    Pdf = 1,
    Jpeg = 2,
    Png = 3,
    Docx = 4,
    Xlsx = 5,
    Csv = 6,
}

/// <summary>Tells a file's real type from its content, never from its name or the browser's claim.</summary>
public static class FileSniffer
{
    public static FileKind? Detect(Stream content)
    {
        Span<byte> head = stackalloc byte[8];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        head = head[..read];
        if (head.StartsWith("%PDF-"u8))
        {
            return FileKind.Pdf;
        }

        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return FileKind.Jpeg;
        }

        if (head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return FileKind.Png;
        }

        return head.StartsWith("PK\u0003\u0004"u8) ? DetectOfficeDocument(content) : LooksLikeText(content) ? FileKind.Csv : null;
    }

    public static string ContentType(FileKind kind) => kind switch
    {
        FileKind.Pdf => "application/pdf",
        FileKind.Jpeg => "image/jpeg",
        FileKind.Png => "image/png",
        FileKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        FileKind.Csv => "text/csv",
        _ => "application/octet-stream",
    };

    /// <summary>Delimited text (CSV): no control bytes but line breaks and tabs in its first 8 KB,
    /// and a separator on its first line. Its encoding is worked out when it is read.</summary>
    private static bool LooksLikeText(Stream content)
    {
        var head = new byte[8192];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        var text = head.AsSpan(0, read);
        if (text.StartsWith(new byte[] { 0xFF, 0xFE }) || text.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            // Excel's "Unicode text" is UTF-16 with tabs.
            var decoded = System.Text.Encoding.Unicode.GetString(text).Split('\n')[0];
            return text[0] == 0xFE || decoded.AsSpan().IndexOfAny(",;\t") >= 0;
        }

        if (read == 0 || text.ContainsAnyInRange((byte)0, (byte)8) || text.ContainsAnyInRange((byte)14, (byte)31) || text.ContainsAny((byte)11, (byte)12))
        {
            return false;
        }

        var firstLine = text;
        var end = firstLine.IndexOfAny((byte)'\r', (byte)'\n');
        firstLine = end < 0 ? firstLine : firstLine[..end];
        return firstLine.IndexOfAny(",;\t"u8) >= 0;
    }

    private static FileKind? DetectOfficeDocument(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("[Content_Types].xml") is null)
            {
                return null;
            }

            return zip.GetEntry("word/document.xml") is not null ? FileKind.Docx
                : zip.GetEntry("xl/workbook.xml") is not null ? FileKind.Xlsx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }
}
