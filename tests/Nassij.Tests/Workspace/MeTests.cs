using System.Net;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Associations;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Workspace.Me;

namespace Nassij.Tests.Workspace;

public sealed class MeTests
{
    /// <summary>An association that keeps a member record under a person's confirmed address; the person has no role in it.</summary>
    internal static async Task<(Browser Officer, int Id, Browser Member, int MemberId)> MemberOnRecord(NassijFactory app)
    {
        var (officer, id, _) = await Registration.NewAssociation(app);
        var email = await Accounts.People.NewConfirmedPerson(app);
        var added = await officer.Submit($"/workspace/{id}/members/new", new()
        {
            ["Input.NameLatin"] = "Samira Member",
            ["Input.Email"] = email,
            ["Input.Phone"] = "0611223344",
            ["Input.Category"] = "Active",
            ["Input.Status"] = "Active",
            ["Input.JoinedOn"] = TestClock.Day(-700),
            ["Input.Consent"] = "true",
            ["Input.ConsentPurpose"] = "Adhésions",
            ["Version"] = "0",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var memberId = await app.WithDb(db => db.Members.Where(m => m.AssociationId == id && m.Email == email).Select(m => m.Id).SingleAsync());
        return (officer, id, await Browser.SignedIn(app, email), memberId);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_member_finds_their_own_record_and_downloads_their_data_but_sees_no_one_else(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, member, memberId) = await MemberOnRecord(app);
        var way = await member.Get("/workspace");
        Assert.Equal($"/workspace/{id}/me", way.Headers.Location?.OriginalString);
        var page = await member.Html($"/workspace/{id}/me");
        Assert.Contains("Samira Member", page, StringComparison.Ordinal);

        var copy = await member.Get($"/workspace/{id}/me?handler=Download");
        Assert.Equal("application/json", copy.Content.Headers.ContentType?.MediaType);
        Assert.Contains("0611223344", await copy.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.Action == "member.data.downloaded" && e.EntityId == memberId.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        Assert.Equal(HttpStatusCode.NotFound, (await member.Get($"/workspace/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.Get($"/workspace/{id}/members")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.Get($"/workspace/{id}/dues")).StatusCode);
        var (_, otherId, _) = await Registration.NewAssociation(app);
        Assert.Equal(HttpStatusCode.NotFound, (await member.Get($"/workspace/{otherId}/me")).StatusCode);
        // The officer is not a member on record: the page says so and shows no one's data.
        Assert.DoesNotContain("0611223344", await officer.Html($"/workspace/{id}/me"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_member_asks_for_erasure_and_the_officers_decide_with_the_decision_logged(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, member, memberId) = await MemberOnRecord(app);
        var asked = await member.Submit($"/workspace/{id}/me", new() { ["reason"] = "Je quitte la ville" }, postUrl: $"/workspace/{id}/me?handler=Erase");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Contains("data-testid=\"erasure-pending\"", await member.Html($"/workspace/{id}/me"), StringComparison.Ordinal);
        Assert.Contains($"/workspace/{id}/members/erasure", await officer.Html($"/workspace/{id}"), StringComparison.Ordinal);
        var requestId = await app.WithDb(db => db.ErasureRequests.Where(r => r.MemberId == memberId).Select(r => r.Id).SingleAsync());

        var noReason = await officer.Submit($"/workspace/{id}/members/erasure", new() { ["requestId"] = requestId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["decision"] = "Refused" });
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains($"note-{requestId}-error", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var erased = await officer.Submit($"/workspace/{id}/members/erasure", new() { ["requestId"] = requestId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["decision"] = "Erased" });
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        var record = await app.WithDb(db => db.Members.SingleAsync(m => m.Id == memberId));
        Assert.Equal((null, null, null, $"#{memberId}"), (record.Email, record.Phone, record.NameAr, record.NameLatin));
        Assert.Equal(ErasureDecision.Erased, await app.WithDb(db => db.ErasureRequests.Where(r => r.Id == requestId).Select(r => r.Decision).SingleAsync()));
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.Action == "member.erasure.decided" && e.EntityId == memberId.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        // Once erased, the address no longer leads to the record.
        Assert.Equal(HttpStatusCode.NotFound, (await member.Get($"/workspace/{id}/me")).StatusCode);

        var (outsider, _, _) = await Registration.NewAssociation(app);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Get($"/workspace/{id}/members/erasure")).StatusCode);
    }
}
