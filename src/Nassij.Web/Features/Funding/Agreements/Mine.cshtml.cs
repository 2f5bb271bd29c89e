using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Funding.Agreements;

public sealed record MyAgreementRow(int Id, string Number, string AssociationAr, string AssociationFr, decimal Amount, AgreementState State, DateOnly? SignedOn);

/// <summary>The agreements of every association the person is an officer of.</summary>
[Authorize]
public sealed class MineModel(NassijDb db) : PageModel
{
    public IReadOnlyList<MyAgreementRow> Rows { get; private set; } = [];
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task OnGetAsync(CancellationToken cancel)
    {
        var me = User.PersonId();
        Rows = await db.Agreements.AsNoTracking()
            .Where(a => db.RoleGrants.Any(g => g.PersonId == me && g.AssociationId == a.AssociationId && Roles.Officers.Contains(g.Role)))
            .OrderByDescending(a => a.Id).Take(200)
            .Join(db.Associations, a => a.AssociationId, s => s.Id, (a, s) => new MyAgreementRow(a.Id, a.Number, s.NameAr, s.NameFr, a.Amount, a.State, a.SignedOn))
            .ToListAsync(cancel);
    }
}
