using System.Net;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Associations;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Platform.Security;

namespace Nassij.Tests.Workspace;

public sealed class WorkspaceTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_way_in_leads_an_officer_of_one_association_to_its_dashboard(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        var response = await officer.Get("/workspace");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/workspace/{id}", response.Headers.Location?.OriginalString);
        var home = await officer.Html($"/workspace/{id}");
        Assert.Contains("data-testid=\"active-members\"", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"/workspace/{id}/members/import\"", home, StringComparison.Ordinal);

        var nobody = await Browser.SignedIn(app, await Accounts.People.NewConfirmedPerson(app));
        Assert.Contains("/associations/register", await nobody.Html("/workspace"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await nobody.Get($"/workspace/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Browser.Open(app).Get($"/workspace/{id}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_plain_member_opens_the_workspace_without_the_officers_figures(string provider)
    {
        var app = Databases.App(provider);
        var (_, id, _) = await Registration.NewAssociation(app);
        var email = await Accounts.People.NewConfirmedPerson(app);
        await app.WithDb(async db =>
        {
            var personId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            db.RoleGrants.Add(new RoleGrant { PersonId = personId, AssociationId = id, Role = Role.Member });
            return await db.SaveChangesAsync();
        });
        var member = await Browser.SignedIn(app, email);
        var home = await member.Html($"/workspace/{id}");
        Assert.DoesNotContain("data-testid=\"active-members\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain($"/workspace/{id}/members\"", home, StringComparison.Ordinal);
    }
}
