using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Files;

namespace Nassij.Web.Features.Support.Cases;

/// <summary>Files attached to a case: for its requester (not those of internal notes) and for the advisers who work it.</summary>
public static class CaseFiles
{
    public static void MapCaseFiles(this WebApplication app) =>
        app.MapGet("/support/cases/{reference}/files/{fileId:guid}", Download).ExcludeFromDescription();

    private static async Task<IResult> Download(string reference, Guid fileId, string? key, HttpContext http, NassijDb db, CaseAccess access, IFileStore store, CancellationToken cancel)
    {
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Reference == reference, cancel);
        if (c is null)
        {
            return Results.NotFound();
        }

        var attachment = await db.CaseAttachments.AsNoTracking()
            .Where(a => a.CaseId == c.Id && a.FileId == fileId)
            .Select(a => new { Kind = db.CaseMessages.Where(m => m.Id == a.MessageId).Select(m => m.Kind).First() })
            .FirstOrDefaultAsync(cancel);
        var allowed = attachment is not null
            && ((access.IsRequester(http.User, c, key) && attachment.Kind != MessageKind.InternalNote) || await access.CanWork(http.User, c.Id, cancel));
        if (!allowed)
        {
            return Results.NotFound();
        }

        var file = await db.StoredFiles.AsNoTracking().FirstAsync(f => f.Id == fileId, cancel);
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Stream(store.Open(file.StorageKey), FileSniffer.ContentType(file.Kind), file.FileName);
    }
}
