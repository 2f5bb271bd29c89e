namespace Nassij.Tests.Infrastructure;

/// <summary>Small real files of each kind, made in memory.</summary>
public static class Samples
{
    public static byte[] Pdf => "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    public static byte[] Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];

    public static byte[] Executable => "MZ\u0090\0\u0003\0\0\0"u8.ToArray();

    /// <summary>A unique Arabic and French name pair, so tests do not see each other's data.</summary>
    public static (string Ar, string Fr) Names()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        return ($"جمعية الاختبار {tag}", $"Association Test {tag}");
    }
}
