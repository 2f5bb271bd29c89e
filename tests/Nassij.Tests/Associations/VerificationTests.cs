using System.Net;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Associations;
using Nassij.Web.Features.Demo;

namespace Nassij.Tests.Associations;

public sealed class VerificationTests
{
    private static readonly string Admin = $"admin@{DemoData.Domain}";
    private static readonly string Coordinator = $"coordinator@{DemoData.Domain}";

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Staff_verify_a_file_the_officer_is_told_and_it_becomes_public(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, email) = await Registration.NewAssociation(app);
        var staff = await Browser.SignedIn(app, Admin);
        Assert.Contains("/files/", await staff.Html($"/staff/verification/{id}"), StringComparison.Ordinal);

        var response = await staff.Submit($"/staff/verification/{id}", new() { ["Verdict"] = "Verify" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(VerificationStatus.Verified, await app.WithDb(db => db.Associations.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
        Assert.True(await app.WithDb(db => db.OutboxMessages.AnyAsync(m => m.To == email && m.Subject == "تم التحقق من جمعيتك")));
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.Action == "association.verified" && e.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(HttpStatusCode.OK, (await Browser.Open(app).Get($"/associations/{id}")).StatusCode);
        Assert.Contains("تم التحقق منها", await officer.Html($"/my/associations/{id}"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Rejecting_without_a_reason_is_refused_with_a_message(string provider)
    {
        var app = Databases.App(provider);
        var (_, id, _) = await Registration.NewAssociation(app);
        var staff = await Browser.SignedIn(app, Admin, "fr");
        var response = await staff.Submit($"/staff/verification/{id}", new() { ["Verdict"] = "Reject", ["Reason"] = "" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Indiquez ce qui ne va pas", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(VerificationStatus.Pending, await app.WithDb(db => db.Associations.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Changes_requested_reach_the_officer_and_editing_sends_the_file_back(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, email) = await Registration.NewAssociation(app);
        var staff = await Browser.SignedIn(app, Admin);
        await staff.Submit($"/staff/verification/{id}", new() { ["Verdict"] = "RequestChanges", ["Reason"] = "أضيفوا نسخة الوصل المؤقت" });
        Assert.Contains("أضيفوا نسخة الوصل المؤقت", await officer.Html($"/my/associations/{id}"), StringComparison.Ordinal);
        Assert.True(await app.WithDb(db => db.OutboxMessages.AnyAsync(m => m.To == email && m.Body.Contains("أضيفوا نسخة الوصل المؤقت"))));

        var (ar, fr) = Samples.Names();
        var fields = Registration.Fields(ar, fr);
        fields["Version"] = (await app.WithDb(db => db.Associations.Where(a => a.Id == id).Select(a => a.Version).SingleAsync())).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await officer.Submit($"/my/associations/{id}/edit", fields);
        Assert.Equal(VerificationStatus.Pending, await app.WithDb(db => db.Associations.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_regional_coordinator_sees_only_their_region(string provider)
    {
        var app = Databases.App(provider);
        var (_, inRegion, _) = await Registration.NewAssociation(app, "06.141");
        var (_, elsewhere, _) = await Registration.NewAssociation(app, "03.231");
        var coordinator = await Browser.SignedIn(app, Coordinator);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.Get($"/staff/verification/{inRegion}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.Get($"/staff/verification/{elsewhere}")).StatusCode);
        var post = await coordinator.Submit($"/staff/verification/{inRegion}", new() { ["Verdict"] = "Verify" }, postUrl: $"/staff/verification/{elsewhere}");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(VerificationStatus.Pending, await app.WithDb(db => db.Associations.Where(a => a.Id == elsewhere).Select(a => a.Status).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Officers_and_other_ministry_roles_cannot_verify(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        var denied = await officer.Get($"/staff/verification/{id}");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/account/denied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var trainer = await Browser.SignedIn(app, $"trainer@{DemoData.Domain}");
        Assert.StartsWith("/account/denied", (await trainer.Get("/staff/verification")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
