using System.IO.Compression;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Platform.Files;

namespace Nassij.Tests.Platform;

public sealed class FileSnifferTests
{
    [Fact]
    public void Knows_a_pdf_and_a_png_by_their_content()
    {
        Assert.Equal(FileKind.Pdf, FileSniffer.Detect(new MemoryStream(Samples.Pdf)));
        Assert.Equal(FileKind.Png, FileSniffer.Detect(new MemoryStream(Samples.Png)));
    }

    [Fact]
    public void A_program_renamed_to_pdf_is_not_a_pdf() =>
        Assert.Null(FileSniffer.Detect(new MemoryStream(Samples.Executable)));

    [Theory]
    [InlineData("word/document.xml", FileKind.Docx)]
    [InlineData("xl/workbook.xml", FileKind.Xlsx)]
    public void Tells_word_from_excel_inside_the_zip(string part, FileKind expected)
    {
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            archive.CreateEntry("[Content_Types].xml");
            archive.CreateEntry(part);
        }

        zip.Position = 0;
        Assert.Equal(expected, FileSniffer.Detect(zip));
    }

    [Fact]
    public void A_plain_zip_is_refused()
    {
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            archive.CreateEntry("readme.txt");
        }

        zip.Position = 0;
        Assert.Null(FileSniffer.Detect(zip));
    }
}
