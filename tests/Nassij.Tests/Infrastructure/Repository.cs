namespace Nassij.Tests.Infrastructure;

/// <summary>The repository the tests were built from, for tests that read its files.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    public static string Web => Path.Combine(Root, "src", "Nassij.Web");

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Nassij.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Nassij.slnx not found above " + AppContext.BaseDirectory);
    }
}
