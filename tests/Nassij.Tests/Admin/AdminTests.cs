using System.Net;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Demo;
using Nassij.Web.Platform.Security;

namespace Nassij.Tests.Admin;

public sealed class AdminTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task People_without_the_administrator_role_cannot_reach_admin(string provider)
    {
        var app = Databases.App(provider);
        foreach (var path in new[] { "/admin", "/admin/outbox", "/admin/audit", "/admin/staff" })
        {
            Assert.StartsWith("/account/sign-in", (await Browser.Open(app).Get(path)).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            var officer = await Browser.SignedIn(app, $"president1@{DemoData.Domain}");
            Assert.StartsWith("/account/denied", (await officer.Get(path)).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            var callManager = await Browser.SignedIn(app, $"calls@{DemoData.Domain}");
            Assert.StartsWith("/account/denied", (await callManager.Get(path)).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_administrator_reads_the_outbox_and_filters_the_audit_trail(string provider)
    {
        var app = Databases.App(provider);
        var email = await Accounts.People.NewConfirmedPerson(app);
        await Browser.Open(app).Submit("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = "wrong password" });
        await Browser.Open(app).Submit("/account/forgot-password", new() { ["Email"] = email });
        var admin = await Browser.SignedIn(app, $"admin@{DemoData.Domain}");
        var audit = await admin.Html($"/admin/audit?action=account.sign-in-failed&entityId={Uri.EscapeDataString(email)}");
        Assert.Contains(email, audit, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"audit-entry\"", audit, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"outbox-message\"", await admin.Html($"/admin/outbox?to={Uri.EscapeDataString(email)}"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Granting_and_revoking_a_ministry_role_is_audited_and_takes_effect(string provider)
    {
        var app = Databases.App(provider);
        var email = await Accounts.People.NewConfirmedPerson(app);
        var admin = await Browser.SignedIn(app, $"admin@{DemoData.Domain}");
        var grant = await admin.Submit("/admin/staff", new() { ["Input.Email"] = email, ["Input.DisplayName"] = "Nouvel évaluateur", ["Input.Role"] = "RegionalCoordinator", ["Input.RegionCode"] = "03" }, postUrl: "/admin/staff?handler=Grant");
        var grantHtml = await grant.Content.ReadAsStringAsync();
        Assert.True(grant.StatusCode == HttpStatusCode.Redirect, $"{grant.StatusCode} {grantHtml[Math.Max(0, grantHtml.IndexOf("<main", StringComparison.Ordinal))..][..Math.Min(1500, grantHtml.Length - Math.Max(0, grantHtml.IndexOf("<main", StringComparison.Ordinal)))]}");
        var coordinator = await Browser.SignedIn(app, email);
        var queue = await coordinator.Get("/staff/verification");
        Assert.True(queue.StatusCode == HttpStatusCode.OK, $"{queue.StatusCode} {queue.Headers.Location} {await queue.Content.ReadAsStringAsync()}");

        var grantId = await app.WithDb(db => db.RoleGrants.Where(g => g.Person!.Email == email && g.Role == Role.RegionalCoordinator).Select(g => g.Id).SingleAsync());
        var revoke = await admin.Submit("/admin/staff", new(), postUrl: $"/admin/staff?handler=Revoke&grantId={grantId}");
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.Action == "role.granted" && e.After!.Contains(email))));
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.Action == "role.revoked" && e.Before!.Contains(email))));
        var signedInAgain = await Browser.SignedIn(app, email);
        Assert.StartsWith("/account/denied", (await signedInAgain.Get("/staff/verification")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_regional_coordinator_needs_a_region(string provider)
    {
        var app = Databases.App(provider);
        var admin = await Browser.SignedIn(app, $"admin@{DemoData.Domain}", "fr");
        var response = await admin.Submit("/admin/staff", new() { ["Input.Email"] = "x@test.nassij.ma", ["Input.DisplayName"] = "X", ["Input.Role"] = "RegionalCoordinator" }, postUrl: "/admin/staff?handler=Grant");
        Assert.Contains("Un coordinateur régional a besoin d&#x27;une région.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task After_signing_in_each_person_lands_where_their_work_waits(string provider)
    {
        var app = Databases.App(provider);
        foreach (var (email, landing) in new[] { ($"admin@{DemoData.Domain}", "/admin"), ($"coordinator@{DemoData.Domain}", "/staff/verification"), ($"president1@{DemoData.Domain}", "/my/associations") })
        {
            var response = await Browser.Open(app).Submit("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = DemoData.Password });
            Assert.Equal(landing, response.Headers.Location!.OriginalString);
        }

        var withReturn = await Browser.Open(app).Submit("/account/sign-in?ReturnUrl=%2Faccount", new() { ["Input.Email"] = $"admin@{DemoData.Domain}", ["Input.Password"] = DemoData.Password, ["ReturnUrl"] = "/account" });
        Assert.Equal("/account", withReturn.Headers.Location!.OriginalString);
    }
}
