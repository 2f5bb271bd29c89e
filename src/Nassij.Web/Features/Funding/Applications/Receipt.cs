using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Funding.Calls;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Documents;

namespace Nassij.Web.Features.Funding.Applications;

/// <summary>/my/applications/{id}/receipt: the submission receipt as PDF, for the applicant's officers.</summary>
public static class Receipt
{
    public static void MapReceipt(this WebApplication app) =>
        app.MapGet("/my/applications/{id:int}/receipt", Download).RequireAuthorization().ExcludeFromDescription();

    private static async Task<IResult> Download(int id, HttpContext http, NassijDb db, DocumentRenderer documents, CancellationToken cancel)
    {
        var application = await ApplicationLoading.Full(OfficerApplications.Of(db, http.User), id, tracking: false);
        if (application?.Reference is null)
        {
            return Results.NotFound();
        }

        var call = (await CallLoading.Full(db, application.CallId, tracking: false))!;
        var association = await db.Associations.AsNoTracking().SingleAsync(a => a.Id == application.AssociationId, cancel);
        var submittedBy = await db.Users.Where(u => u.Id == application.SubmittedById).Select(u => u.DisplayName).FirstOrDefaultAsync(cancel) ?? "";
        return await documents.File<ReceiptDocument>(new Dictionary<string, object?>
        {
            [nameof(ReceiptDocument.Application)] = application,
            [nameof(ReceiptDocument.Call)] = call,
            [nameof(ReceiptDocument.Lot)] = call.Lots.Single(l => l.Id == application.LotId),
            [nameof(ReceiptDocument.Association)] = association,
            [nameof(ReceiptDocument.SubmittedBy)] = submittedBy,
        }, $"{application.Reference}.pdf", cancel);
    }
}
