using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Workspace.Members;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Documents;

namespace Nassij.Web.Features.Workspace.Dues;

/// <summary>A payment's receipt as PDF, for the treasurer's page and the member's own.</summary>
public static class DuesReceipts
{
    public static async Task<IResult> File(DocumentRenderer documents, NassijDb db, DuesPayment payment, Member member, CancellationToken cancel)
    {
        var association = await db.Associations.AsNoTracking().SingleAsync(a => a.Id == payment.AssociationId, cancel);
        return await documents.File<DuesReceipt>(new Dictionary<string, object?>
        {
            [nameof(DuesReceipt.Payment)] = payment,
            [nameof(DuesReceipt.Member)] = member,
            [nameof(DuesReceipt.Association)] = association,
        }, $"receipt-{payment.Receipt}.pdf", cancel);
    }
}
