using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Files;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Documents;

/// <summary>Every write to the library: documents and their versions, the bin and its purge. Each change is audited.</summary>
public sealed class Librarian(NassijDb db, Uploads uploads, Audit audit, TimeProvider clock)
{
    public static readonly FileKind[] Kinds = [FileKind.Pdf, FileKind.Jpeg, FileKind.Png, FileKind.Docx, FileKind.Xlsx];

    /// <summary>The association's folders; a library opened for the first time gets the usual ones.</summary>
    public async Task<List<DocumentFolder>> Folders(int associationId, CancellationToken cancel)
    {
        var folders = await db.DocumentFolders.Where(f => f.AssociationId == associationId).OrderBy(f => f.Id).ToListAsync(cancel);
        if (folders.Count > 0)
        {
            return folders;
        }

        // Starting folders keep their English name, a resource key: each officer reads them in their own language.
        folders = [.. LibraryRules.StartingFolders.Select(name => new DocumentFolder { AssociationId = associationId, Name = name })];
        db.DocumentFolders.AddRange(folders);
        await db.SaveChangesAsync(cancel);
        return folders;
    }

    public async Task<(LibraryDocument? Document, UploadRefusal? Refusal)> Add(int associationId, int folderId, string title, DateOnly? expiresOn, bool shared, int? meetingId,
        IFormFile file, ClaimsPrincipal by, CancellationToken cancel)
    {
        var upload = await uploads.Save(file, Kinds, associationId, cancel);
        if (upload.File is null)
        {
            return (null, upload.Refusal);
        }

        var now = clock.GetUtcNow();
        var document = new LibraryDocument
        {
            AssociationId = associationId,
            FolderId = folderId,
            Title = title.Trim(),
            ExpiresOn = expiresOn,
            SharedWithMembers = shared,
            MeetingId = meetingId,
            CurrentVersion = 1,
            CurrentFileId = upload.File.Id,
            CreatedAt = now,
            Versions = [new DocumentVersion { Number = 1, FileId = upload.File.Id, UploadedAt = now, UploadedByName = by.Identity?.Name }],
        };
        db.LibraryDocuments.Add(document);
        await db.SaveChangesAsync(cancel);
        audit.Record("document.added", nameof(LibraryDocument), document.Id.ToString(CultureInfo.InvariantCulture), after: new { associationId, document.Title, folderId, expiresOn, shared });
        await db.SaveChangesAsync(cancel);
        return (document, null);
    }

    public async Task<UploadRefusal?> AddVersion(LibraryDocument document, IFormFile file, string? note, DateOnly? expiresOn, ClaimsPrincipal by, CancellationToken cancel)
    {
        var upload = await uploads.Save(file, Kinds, document.AssociationId, cancel);
        if (upload.File is null)
        {
            return upload.Refusal;
        }

        document.CurrentVersion++;
        document.CurrentFileId = upload.File.Id;
        document.ExpiresOn = expiresOn;
        db.DocumentVersions.Add(new DocumentVersion
        {
            DocumentId = document.Id,
            Number = document.CurrentVersion,
            FileId = upload.File.Id,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            UploadedAt = clock.GetUtcNow(),
            UploadedByName = by.Identity?.Name,
        });
        audit.Record("document.versioned", nameof(LibraryDocument), document.Id.ToString(CultureInfo.InvariantCulture), after: new { document.CurrentVersion, expiresOn });
        await db.SaveChangesAsync(cancel);
        return null;
    }

    public async Task ToBin(LibraryDocument document, ClaimsPrincipal by, CancellationToken cancel)
    {
        document.DeletedAt = clock.GetUtcNow();
        document.DeletedByName = by.Identity?.Name;
        audit.Record("document.binned", nameof(LibraryDocument), document.Id.ToString(CultureInfo.InvariantCulture), after: new { document.Title });
        await db.SaveChangesAsync(cancel);
    }

    public async Task Restore(LibraryDocument document, CancellationToken cancel)
    {
        document.DeletedAt = null;
        document.DeletedByName = null;
        audit.Record("document.restored", nameof(LibraryDocument), document.Id.ToString(CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(cancel);
    }

    /// <summary>Gone for good once it has spent its time in the bin; the stored files stay with the audit trail's record.</summary>
    public async Task<bool> Purge(LibraryDocument document, CancellationToken cancel)
    {
        if (document.DeletedAt is not { } deletedAt || !LibraryRules.MayPurge(deletedAt, clock.GetUtcNow()))
        {
            return false;
        }

        audit.Record("document.purged", nameof(LibraryDocument), document.Id.ToString(CultureInfo.InvariantCulture), before: new { document.Title, document.CurrentVersion });
        db.LibraryDocuments.Remove(document);
        await db.SaveChangesAsync(cancel);
        return true;
    }
}
