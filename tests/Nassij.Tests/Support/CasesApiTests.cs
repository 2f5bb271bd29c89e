using System.Net;
using System.Net.Http.Json;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Demo;
using Nassij.Web.Features.Support.Cases;

namespace Nassij.Tests.Support;

public sealed class CasesApiTests
{
    private static object Question(string subject, string? email = "api@example.ma") => new
    {
        topic = "Funding",
        regionCode = "05",
        subject,
        description = "Comment justifier les dépenses de la première tranche ?",
        name = "Omar Api",
        email,
    };

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_question_asked_through_the_api_is_followed_with_its_key_and_notes_stay_inside(string provider)
    {
        var app = Databases.App(provider);
        var anonymous = Browser.Open(app, "fr").Client;
        var created = await anonymous.PostAsJsonAsync("/api/cases", Question("API " + Guid.NewGuid().ToString("N")[..6]));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var opened = (await created.Content.ReadFromJsonAsync<OpenedCase>())!;
        var key = Uri.UnescapeDataString(opened.FollowUrl[(opened.FollowUrl.IndexOf("key=", StringComparison.Ordinal) + 4)..]);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/cases/{opened.Reference}")).StatusCode);
        var supervisor = (await Browser.SignedIn(app, $"supervisor@{DemoData.Domain}")).Client;
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync($"/api/cases/{opened.Reference}/messages", new { body = "note interne API", internalNote = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync($"/api/cases/{opened.Reference}/messages", new { body = "Réponse publique API", after = "WaitingForRequester" })).StatusCode);

        var seen = (await anonymous.GetFromJsonAsync<CaseDetail>($"/api/cases/{opened.Reference}?key={Uri.EscapeDataString(key)}"))!;
        Assert.Equal("WaitingForRequester", seen.Status);
        Assert.Contains(seen.Messages, m => m.Body == "Réponse publique API");
        Assert.DoesNotContain(seen.Messages, m => m.Body.Contains("note interne", StringComparison.Ordinal));
        var adviserView = (await supervisor.GetFromJsonAsync<CaseDetail>($"/api/cases/{opened.Reference}"))!;
        Assert.Contains(adviserView.Messages, m => m.Kind == "InternalNote");

        var answered = await anonymous.PostAsJsonAsync($"/api/cases/{opened.Reference}/messages?key={Uri.EscapeDataString(key)}", new { body = "Merci, et pour la seconde ?" });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("Open", (await anonymous.GetFromJsonAsync<CaseDetail>($"/api/cases/{opened.Reference}?key={Uri.EscapeDataString(key)}"))!.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.PostAsJsonAsync($"/api/cases/{opened.Reference}/messages", new { body = "sans clé" })).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_bad_question_gets_a_validation_problem_per_field(string provider)
    {
        var app = Databases.App(provider);
        var response = await Browser.Open(app).Client.PostAsJsonAsync("/api/cases", new { topic = "Funding", regionCode = "99", subject = "", description = "x", name = "n" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"subject\"", body, StringComparison.Ordinal);
        Assert.Contains("\"regionCode\"", body, StringComparison.Ordinal);
        Assert.Contains("\"email\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_list_is_the_adviser_s_queues_or_the_person_s_own_cases(string provider)
    {
        var app = Databases.App(provider);
        var president = (await Browser.SignedIn(app, $"president1@{DemoData.Domain}")).Client;
        var mine = (await president.GetFromJsonAsync<CasesPage>("/api/cases"))!;
        Assert.Contains(mine.Items, c => c.Subject == "كيف نصرح بتجديد المكتب المسير؟");
        Assert.DoesNotContain(mine.Items, c => c.Subject == "شهادة الإيداع للبنك");
        var adviser = (await Browser.SignedIn(app, $"adviser@{DemoData.Domain}")).Client;
        var desk = (await adviser.GetFromJsonAsync<CasesPage>("/api/cases"))!;
        Assert.Contains(desk.Items, c => c.Subject == "شهادة الإيداع للبنك");
        Assert.NotEqual(HttpStatusCode.OK, (await Browser.Open(app).Client.GetAsync("/api/cases")).StatusCode);
        var openApi = await Browser.Open(app).Client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/cases/{reference}/messages", openApi, StringComparison.Ordinal);
        Assert.Contains("/api/help/articles", openApi, StringComparison.Ordinal);
    }
}
