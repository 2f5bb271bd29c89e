namespace Nassij.Web.Platform.Files;

/// <summary>Where file bytes live: local disk now, S3-compatible storage for several web nodes.</summary>
public interface IFileStore
{
    Task Save(string key, Stream content, CancellationToken cancel);

    Stream Open(string key);
}

public sealed class LocalFileStore(string root) : IFileStore
{
    public async Task Save(string key, Stream content, CancellationToken cancel)
    {
        var path = PathFor(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written beside, then moved into place: a reader never sees half a file, and a failed write leaves none.
        var part = $"{path}.{Guid.NewGuid():N}.part";
        try
        {
            await using (var file = File.Create(part))
            {
                await content.CopyToAsync(file, cancel);
            }

            File.Move(part, path, overwrite: true);
        }
        finally
        {
            File.Delete(part);
        }
    }

    public Stream Open(string key) => File.OpenRead(PathFor(key));

    private string PathFor(string key)
    {
        // Keys are made by the platform (guid-based); refuse anything else that could climb out.
        if (key.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(key))
        {
            throw new ArgumentException("Invalid storage key.", nameof(key));
        }

        return Path.Combine(root, key);
    }
}
