using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Platform.Security;

namespace Nassij.Tests.Associations;

public sealed partial class PeopleTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_officer_invites_a_treasurer_who_chooses_a_password_and_acts_for_the_association(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        var email = $"treasurer-{Guid.NewGuid():N}@test.nassij.ma";
        var invite = await officer.Submit($"/my/associations/{id}/people", new() { ["Input.Email"] = email, ["Input.DisplayName"] = "رشيد أمين", ["Input.Role"] = "Treasurer" }, postUrl: $"/my/associations/{id}/people?handler=Invite");
        Assert.Equal(HttpStatusCode.Redirect, invite.StatusCode);
        var message = await app.WithDb(db => db.OutboxMessages.SingleAsync(m => m.To == email));
        Assert.Contains("أمين المال", message.Body, StringComparison.Ordinal);
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.Action == "association.role-granted" && e.After!.Contains(email))));

        var link = new Uri(LinkPattern().Match(message.Body).Value);
        var treasurer = Browser.Open(app);
        var reset = await treasurer.Submit(link.PathAndQuery, new()
        {
            ["Input.Email"] = email,
            ["Input.Code"] = System.Web.HttpUtility.ParseQueryString(link.Query)["code"]!,
            ["Input.Password"] = "treasurer passphrase",
            ["Input.ConfirmPassword"] = "treasurer passphrase",
        });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        await treasurer.Submit("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = "treasurer passphrase" });
        Assert.Contains($"/my/associations/{id}", await treasurer.Html("/my/associations"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await treasurer.Get($"/workspace/{id}/members")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Another_association_s_officer_can_neither_see_nor_grant(string provider)
    {
        var app = Databases.App(provider);
        var (_, idA, _) = await Registration.NewAssociation(app);
        var (officerB, _, emailB) = await Registration.NewAssociation(app);
        Assert.Equal(HttpStatusCode.NotFound, (await officerB.Get($"/my/associations/{idA}/people")).StatusCode);
        var forged = await officerB.Submit("/associations/register", new() { ["Input.Email"] = emailB, ["Input.DisplayName"] = "x", ["Input.Role"] = "Secretary" }, postUrl: $"/my/associations/{idA}/people?handler=Invite");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.False(await app.WithDb(db => db.RoleGrants.AnyAsync(g => g.AssociationId == idA && g.Person!.Email == emailB)));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_last_president_stays_and_a_secretary_cannot_remove_an_officer(string provider)
    {
        var app = Databases.App(provider);
        var (president, id, presidentEmail) = await Registration.NewAssociation(app);
        var presidentGrant = await app.WithDb(db => db.RoleGrants.Where(g => g.AssociationId == id && g.Role == Role.President).Select(g => g.Id).SingleAsync());
        await president.Submit($"/my/associations/{id}/people", new(), postUrl: $"/my/associations/{id}/people?handler=Revoke&grantId={presidentGrant}");
        Assert.True(await app.WithDb(db => db.RoleGrants.AnyAsync(g => g.Id == presidentGrant)));

        var secretaryEmail = await Accounts.People.NewConfirmedPerson(app);
        await president.Submit($"/my/associations/{id}/people", new() { ["Input.Email"] = secretaryEmail, ["Input.DisplayName"] = "x", ["Input.Role"] = "Secretary" }, postUrl: $"/my/associations/{id}/people?handler=Invite");
        var secretary = await Browser.SignedIn(app, secretaryEmail);
        await secretary.Submit($"/my/associations/{id}/people", new(), postUrl: $"/my/associations/{id}/people?handler=Revoke&grantId={presidentGrant}");
        Assert.True(await app.WithDb(db => db.RoleGrants.AnyAsync(g => g.Id == presidentGrant)));
        Assert.Contains(presidentEmail, await secretary.Html($"/my/associations/{id}/people"), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
