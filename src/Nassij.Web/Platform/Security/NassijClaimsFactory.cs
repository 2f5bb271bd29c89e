using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nassij.Web.Features.Accounts;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Platform.Security;

/// <summary>Puts the person's ministry roles in the sign-in cookie. Association roles are
/// not: they are checked against the database on each request, so a revocation is immediate.</summary>
public sealed class NassijClaimsFactory(UserManager<Person> users, IOptions<IdentityOptions> options, NassijDb db, IOptions<SecurityOptions> security)
    : UserClaimsPrincipalFactory<Person>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Person user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var grants = await db.RoleGrants
            .Where(g => g.PersonId == user.Id && g.AssociationId == null)
            .Select(g => new { g.Role, g.RegionCode })
            .ToListAsync();
        var staffGrants = grants.Where(g => Roles.IsStaff(g.Role)).ToList();
        if (staffGrants.Count > 0 && security.Value.RequireTwoFactorForStaff)
        {
            identity.AddClaim(new Claim(Policies.TwoFactorRequiredClaim, "true"));
        }

        foreach (var grant in staffGrants)
        {
            identity.AddClaim(new Claim(Policies.RoleClaim, grant.Role.ToString()));
            if (grant.RegionCode is not null)
            {
                identity.AddClaim(new Claim(Policies.RegionClaim, grant.RegionCode));
            }
        }

        identity.AddClaim(new Claim("nassij:display", user.DisplayName));
        return identity;
    }
}
