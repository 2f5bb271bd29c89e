using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Nassij.Tests.Associations;
using Nassij.Tests.Infrastructure;

namespace Nassij.Tests.Workspace;

public sealed class WorkspaceApiTests
{
    private static object NewMember(string name, string? nationalId = null, bool consent = true) => new
    {
        nameLatin = name,
        nationalId,
        phone = "0622334455",
        category = "Youth",
        status = "Active",
        joinedOn = "2025-09-01",
        consent,
        consentPurpose = "Adhésions",
    };

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Officers_add_and_list_members_through_the_api_with_the_form_s_rules(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        var api = officer.Client;
        var created = await api.PostAsJsonAsync($"/api/workspace/{id}/members", NewMember("Api Member", "AB98765"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var refused = await api.PostAsJsonAsync($"/api/workspace/{id}/members", NewMember("Twin", "ab98765", consent: false));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("NationalId", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("Consent", out _));

        var page = await api.GetFromJsonAsync<JsonElement>($"/api/workspace/{id}/members?q=api");
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("Youth", item.GetProperty("category").GetString());
        var memberId = item.GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/workspace/{id}/members/{memberId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/workspace/{id}/dues")).StatusCode);

        var (outsider, _, _) = await Registration.NewAssociation(app);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/api/workspace/{id}/members")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/api/workspace/{id}/members/{memberId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.PostAsJsonAsync($"/api/workspace/{id}/members", NewMember("Intruder"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Browser.Open(app).Client.GetAsync($"/api/workspace/{id}/members")).StatusCode);
        var openApi = await api.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/workspace/{id}/members", openApi, StringComparison.Ordinal);
    }
}
