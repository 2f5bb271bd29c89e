using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Documents;

namespace Nassij.Web.Features.Funding.Agreements;

/// <summary>The agreement (bilingual) and its payment orders as PDF, for those who may read the agreement.</summary>
public static class AgreementDocuments
{
    public static void MapAgreementDocuments(this WebApplication app)
    {
        app.MapGet("/agreements/{id:int}/document", Agreement).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/agreements/{id:int}/tranches/{trancheId:int}/order", PaymentOrder).RequireAuthorization().ExcludeFromDescription();
    }

    private static async Task<IResult> Agreement(int id, HttpContext http, NassijDb db, AgreementAccess access, DocumentRenderer documents, CancellationToken cancel)
    {
        var agreement = await db.Agreements.AsNoTracking().Include(a => a.Tranches).FirstOrDefaultAsync(a => a.Id == id, cancel);
        if (agreement is null || !await access.CanRead(http.User, agreement))
        {
            return Results.NotFound();
        }

        var application = (await ApplicationLoading.Full(db.Applications, agreement.ApplicationId, tracking: false))!;
        var call = (await Calls.CallLoading.Full(db, agreement.CallId, tracking: false))!;
        return await documents.File<AgreementDocument>(new Dictionary<string, object?>
        {
            [nameof(AgreementDocument.Agreement)] = agreement,
            [nameof(AgreementDocument.Application)] = application,
            [nameof(AgreementDocument.Call)] = call,
            [nameof(AgreementDocument.Lot)] = call.Lots.Single(l => l.Id == application.LotId),
            [nameof(AgreementDocument.Association)] = await db.Associations.AsNoTracking().SingleAsync(a => a.Id == agreement.AssociationId, cancel),
        }, $"{agreement.Number}.pdf", cancel);
    }

    private static async Task<IResult> PaymentOrder(int id, int trancheId, HttpContext http, NassijDb db, DocumentRenderer documents, CancellationToken cancel)
    {
        if (!AgreementAccess.IsFinance(http.User) && !AgreementAccess.IsManager(http.User))
        {
            return Results.NotFound();
        }

        var agreement = await db.Agreements.AsNoTracking().Include(a => a.Tranches).FirstOrDefaultAsync(a => a.Id == id, cancel);
        var tranche = agreement?.Tranches.FirstOrDefault(t => t.Id == trancheId && t.PaymentOrderNumber != null);
        var bank = agreement is null ? null : await db.BankAccounts.AsNoTracking().FirstOrDefaultAsync(b => b.AssociationId == agreement.AssociationId, cancel);
        if (agreement is null || tranche is null || bank is null)
        {
            return Results.NotFound();
        }

        var arabic = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";
        return await documents.File<PaymentOrderDocument>(new Dictionary<string, object?>
        {
            [nameof(PaymentOrderDocument.Agreement)] = agreement,
            [nameof(PaymentOrderDocument.Tranche)] = tranche,
            [nameof(PaymentOrderDocument.Bank)] = bank,
            [nameof(PaymentOrderDocument.AssociationName)] = await db.Associations.Where(a => a.Id == agreement.AssociationId).Select(a => arabic ? a.NameAr : a.NameFr).SingleAsync(cancel),
            [nameof(PaymentOrderDocument.OrderedBy)] = await db.Users.Where(u => u.Id == tranche.OrderedById).Select(u => u.DisplayName).FirstOrDefaultAsync(cancel) ?? "",
        }, $"{tranche.PaymentOrderNumber}.pdf", cancel);
    }
}
