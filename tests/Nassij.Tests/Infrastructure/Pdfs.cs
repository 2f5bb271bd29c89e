using System.Diagnostics;

namespace Nassij.Tests.Infrastructure;

/// <summary>Reads the text of a PDF with poppler's pdftotext (installed by test.sh). It splits the lam-alef ligature: assert on other words.</summary>
public static class Pdfs
{
    public static async Task<string> Text(byte[] pdf)
    {
        Assert.True(pdf.Length > 4 && pdf[0] == '%' && pdf[1] == 'P' && pdf[2] == 'D' && pdf[3] == 'F', "not a PDF");
        var path = Path.Combine(Path.GetTempPath(), $"nassij-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
            start.ArgumentList.Add(path);
            start.ArgumentList.Add("-");
            using var process = Process.Start(start)!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
