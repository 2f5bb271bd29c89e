using System.Security.Claims;
using Nassij.Web.Platform.Security;

namespace Nassij.Tests.Platform;

public sealed class PoliciesTests
{
    private static ClaimsPrincipal Person(params Claim[] claims) => new(new ClaimsIdentity(claims, "test"));

    private static Claim Holds(Role role) => new(Policies.RoleClaim, role.ToString());

    [Fact]
    public void A_regional_coordinator_oversees_only_their_region()
    {
        var coordinator = Person(Holds(Role.RegionalCoordinator), new Claim(Policies.RegionClaim, "06"));
        Assert.Equal("06", coordinator.RegionScope());
        Assert.True(AssociationAccess.CanOversee(coordinator, "06"));
        Assert.False(AssociationAccess.CanOversee(coordinator, "03"));
    }

    [Fact]
    public void An_administrator_oversees_every_region() =>
        Assert.True(AssociationAccess.CanOversee(Person(Holds(Role.Administrator)), "12"));

    [Fact]
    public void A_person_without_a_ministry_role_oversees_nothing() =>
        Assert.False(AssociationAccess.CanOversee(Person(new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString())), "06"));

    [Fact]
    public void Where_two_factor_is_required_a_ministry_role_waits_for_it()
    {
        var withoutSecondFactor = Person(Holds(Role.CallManager), new Claim(Policies.TwoFactorRequiredClaim, "true"));
        Assert.False(withoutSecondFactor.IsStaff());
        Assert.True(withoutSecondFactor.NeedsTwoFactor());
        var withSecondFactor = Person(Holds(Role.CallManager), new Claim(Policies.TwoFactorRequiredClaim, "true"), new Claim("amr", "mfa"));
        Assert.True(withSecondFactor.IsStaff());
    }

    [Fact]
    public void Association_roles_are_never_ministry_roles()
    {
        Assert.All(Roles.Association, r => Assert.False(Roles.IsStaff(r)));
        Assert.All(Roles.Staff, r => Assert.True(Roles.IsStaff(r)));
        Assert.Equal([Role.President, Role.Secretary, Role.Treasurer], Roles.Association.Where(Roles.IsOfficer));
    }
}
