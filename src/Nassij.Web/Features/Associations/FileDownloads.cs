using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Files;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Associations;

/// <summary>/files/{id}: an association's documents, for its officers and the staff who oversee it;
/// a fresh upload not yet attached, for the person who sent it.</summary>
public static class FileDownloads
{
    public static void MapFileDownloads(this WebApplication app) =>
        app.MapGet("/files/{id:guid}", Download).RequireAuthorization().ExcludeFromDescription();

    private static async Task<IResult> Download(Guid id, HttpContext http, NassijDb db, AssociationAccess access, IFileStore store, CancellationToken cancel)
    {
        var file = await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancel);
        if (file is null || !await MayOpen(http, db, access, file, cancel))
        {
            return Results.NotFound();
        }

        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Stream(store.Open(file.StorageKey), FileSniffer.ContentType(file.Kind), file.FileName);
    }

    private static async Task<bool> MayOpen(HttpContext http, NassijDb db, AssociationAccess access, StoredFile file, CancellationToken cancel)
    {
        var user = http.User;
        if (file.AssociationId is not { } associationId)
        {
            return file.UploadedById == user.PersonId();
        }

        var region = await db.Associations.Where(a => a.Id == associationId).Select(a => a.RegionCode).FirstOrDefaultAsync(cancel);
        if (region is not null && await access.CanSeePrivateFile(user, associationId, region))
        {
            return true;
        }

        // An evaluator opens the documents of an application assigned to them, once they declared no conflict.
        var me = user.PersonId();
        return user.Has(Role.Evaluator) && await db.Evaluations.AnyAsync(e => e.EvaluatorId == me
            && (e.State == Funding.Evaluations.EvaluationState.InProgress || e.State == Funding.Evaluations.EvaluationState.Submitted)
            && db.Applications.Any(a => a.Id == e.ApplicationId && a.Attachments.Any(x => x.FileId == file.Id)), cancel);
    }
}
