using Microsoft.Extensions.Options;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Platform.Files;

public sealed class FileOptions
{
    /// <summary>Folder for uploaded files, outside wwwroot. Relative paths are under the content root.</summary>
    public string Root { get; set; } = "App_Data/files";
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
}

public enum UploadRefusal
{
    Empty,
    TooLarge,
    WrongType,
}

public sealed record UploadResult(StoredFile? File, UploadRefusal? Refusal);

/// <summary>Checks an upload (size, real type) and stores it; the record joins the caller's SaveChanges.</summary>
public sealed class Uploads(NassijDb db, IFileStore store, IOptions<FileOptions> options, TimeProvider clock, IHttpContextAccessor http)
{
    public long MaxBytes => options.Value.MaxBytes;

    public async Task<UploadResult> Save(IFormFile upload, IReadOnlyCollection<FileKind> allowed, int? associationId, CancellationToken cancel = default)
    {
        if (upload.Length > options.Value.MaxBytes)
        {
            return new(null, UploadRefusal.TooLarge);
        }

        await using var content = new MemoryStream();
        await upload.CopyToAsync(content, cancel);
        return await Save(content, upload.FileName, allowed, associationId, cancel);
    }

    /// <summary>The same checks for a file that did not come from a form (an e-mail's attachment).</summary>
    public async Task<UploadResult> Save(MemoryStream content, string fileName, IReadOnlyCollection<FileKind> allowed, int? associationId, CancellationToken cancel = default)
    {
        if (content.Length == 0)
        {
            return new(null, UploadRefusal.Empty);
        }

        if (content.Length > options.Value.MaxBytes)
        {
            return new(null, UploadRefusal.TooLarge);
        }

        content.Position = 0;
        var kind = FileSniffer.Detect(content);
        if (kind is null || !allowed.Contains(kind.Value))
        {
            return new(null, UploadRefusal.WrongType);
        }

        var id = Guid.CreateVersion7();
        var now = clock.GetUtcNow();
        var key = $"{now:yyyy}/{now:MM}/{id:N}";
        await store.Save(key, content, cancel);
        var file = new StoredFile
        {
            Id = id,
            FileName = Path.GetFileName(fileName),
            Kind = kind.Value,
            Size = content.Length,
            StorageKey = key,
            AssociationId = associationId,
            UploadedById = http.HttpContext?.User.PersonId(),
            UploadedAt = now,
        };
        db.StoredFiles.Add(file);
        return new(file, null);
    }
}
