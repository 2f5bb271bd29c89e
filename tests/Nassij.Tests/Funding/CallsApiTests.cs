using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Demo;
using Nassij.Web.Features.Funding.Calls;

namespace Nassij.Tests.Funding;

public sealed class CallsApiTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_api_lists_public_calls_and_never_a_draft(string provider)
    {
        var app = Databases.App(provider);
        var draft = await Rounds.OpenCall(app, c => { c.State = CallState.Draft; c.PublishedAt = null; });
        var open = await Rounds.OpenCall(app);
        var anonymous = Browser.Open(app);
        var list = await anonymous.Client.GetFromJsonAsync<JsonElement>("/api/calls");
        var ids = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
        Assert.Contains(open.Id, ids);
        Assert.DoesNotContain(draft.Id, ids);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Get($"/api/calls/{draft.Id}")).StatusCode);
        var detail = await anonymous.Client.GetFromJsonAsync<JsonElement>($"/api/calls/{open.Id}");
        Assert.Equal(2, detail.GetProperty("lots").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Get($"/api/calls/{open.Id}/results")).StatusCode);
    }

    [Fact]
    public async Task Results_are_public_once_published_and_applications_follow_each_role()
    {
        var app = Databases.App(Databases.Sqlite);
        var results = await Browser.Open(app).Client.GetFromJsonAsync<JsonElement>("/api/calls/1/results");
        Assert.Equal(4, results.GetArrayLength());

        var manager = await Browser.SignedIn(app, $"calls@{DemoData.Domain}");
        var all = await manager.Client.GetFromJsonAsync<JsonElement>("/api/calls/1/applications");
        Assert.True(all.GetProperty("items").GetArrayLength() >= 7);

        var president = await Browser.SignedIn(app, $"president1@{DemoData.Domain}");
        var own = await president.Client.GetFromJsonAsync<JsonElement>("/api/calls/1/applications");
        var association = await app.WithDb(db => db.RoleGrants.Where(g => g.Person!.Email == $"president1@{DemoData.Domain}").Select(g => g.AssociationId).SingleAsync());
        Assert.All(own.GetProperty("items").EnumerateArray(), i => Assert.Equal(association, i.GetProperty("associationId").GetInt32()));
        Assert.Equal(1, own.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_association_with_a_late_report_cannot_apply_again(string provider)
    {
        var app = Databases.App(provider);
        var (call, applicationId, officer, associationId) = await AgreementsTests.Selected(app);
        var agreement = await AgreementsTests.Drawn(app, call, applicationId);
        await app.WithDb(db => db.Agreements.Where(a => a.Id == agreement).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.State, Web.Features.Funding.Agreements.AgreementState.Active)
            .SetProperty(a => a.InterimReportDueOn, new DateOnly(2026, 1, 1))));
        var open = await Rounds.OpenCall(app);
        var refused = await officer.Submit($"/calls/{open.Id}/apply", new()
        {
            ["AssociationId"] = associationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["LotId"] = open.Lots[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Contains("للجمعية تقرير متأخر عن اتفاقية سابقة.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var manager = await Browser.SignedIn(app, $"calls@{DemoData.Domain}");
        Assert.Contains($"/agreements/{agreement}\"", await manager.Html("/staff/reports"), StringComparison.Ordinal);
    }
}
