using System.Security.Claims;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Funding.Agreements;

/// <summary>Who may read an agreement: its association's officers and the ministry staff who run calls or pay.</summary>
public sealed class AgreementAccess(AssociationAccess associations)
{
    public static bool IsManager(ClaimsPrincipal user) => user.Has(Role.Administrator) || user.Has(Role.CallManager);

    public static bool IsFinance(ClaimsPrincipal user) => user.Has(Role.FinanceOfficer);

    public async Task<bool> CanRead(ClaimsPrincipal user, Agreement agreement) =>
        IsManager(user) || IsFinance(user) || await associations.IsOfficerOf(user, agreement.AssociationId);

    public Task<bool> IsOfficer(ClaimsPrincipal user, Agreement agreement) => associations.IsOfficerOf(user, agreement.AssociationId);
}
