using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Associations;
using Nassij.Tests.Infrastructure;

namespace Nassij.Tests.Workspace;

public sealed class BooksApiTests
{
    private static readonly string Today = TestClock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_treasurer_records_and_reads_the_books_and_meetings_through_the_api(string provider)
    {
        var app = Databases.App(provider);
        var (treasurer, id, _) = await Registration.NewAssociation(app);
        await treasurer.Submit($"/workspace/{id}/books/accounts", new() { ["Input.Name"] = "Caisse", ["Input.Kind"] = "Cash", ["Input.Opening"] = "100", ["Input.OpenedOn"] = Today });
        var cash = await app.WithDb(db => db.MoneyAccounts.Where(a => a.AssociationId == id).Select(a => a.Id).SingleAsync());
        var api = treasurer.Client;

        var refused = await api.PostAsJsonAsync($"/api/workspace/{id}/books/entries", new { kind = "Expense", entry = new { amount = 40, date = Today, accountId = cash, label = "Timbres", categoryCode = "7182", source = "PublicGrant" } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("CategoryCode", out _));
        Assert.True(errors.TryGetProperty("AgreementNumber", out _));

        var created = await api.PostAsJsonAsync($"/api/workspace/{id}/books/entries", new { kind = "Expense", entry = new { amount = 40, date = Today, accountId = cash, label = "Timbres", categoryCode = "6145" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var page = await api.GetFromJsonAsync<JsonElement>($"/api/workspace/{id}/books/entries?q=timbres");
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(("Expense", 40m), (item.GetProperty("kind").GetString(), item.GetProperty("amount").GetDecimal()));
        var statement = await api.GetFromJsonAsync<JsonElement>($"/api/workspace/{id}/books/statement");
        Assert.Equal(40m, statement.GetProperty("totalExpenses").GetDecimal());
        Assert.Equal(60m, statement.GetProperty("accounts")[0].GetProperty("closing").GetDecimal());
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/workspace/{id}/meetings")).StatusCode);

        var (outsider, _, _) = await Registration.NewAssociation(app);
        foreach (var url in new[] { $"/api/workspace/{id}/books/entries", $"/api/workspace/{id}/books/statement", $"/api/workspace/{id}/meetings", $"/api/workspace/{id}/meetings/1" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync(url)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.PostAsJsonAsync($"/api/workspace/{id}/books/entries", new { kind = "Expense", entry = new { amount = 1, date = Today, accountId = cash, label = "x", categoryCode = "6145" } })).StatusCode);
        Assert.Equal(1, await app.WithDb(db => db.BookEntries.CountAsync(e => e.AssociationId == id && e.Kind == Nassij.Web.Features.Workspace.Books.EntryKind.Expense)));
        var openApi = await api.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/workspace/{id}/books/entries", openApi, StringComparison.Ordinal);
        Assert.Contains("/api/workspace/{id}/meetings", openApi, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Officers_read_a_held_meeting_with_its_resolutions(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        var meetingId = await app.WithDb(async db =>
        {
            var meeting = new Nassij.Web.Features.Workspace.Governance.Meeting
            {
                AssociationId = id,
                Place = "Siège",
                Agenda = "Rapport moral\nRapport financier",
                StartsAt = TestClock.Now.AddDays(-1),
                Status = Nassij.Web.Features.Workspace.Governance.MeetingStatus.Held,
                Resolutions = [new() { Number = 1, Text = "Rapport moral approuvé", For = 20, Against = 1, Abstain = 2, Passed = true }],
            };
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
        var detail = await officer.Client.GetFromJsonAsync<JsonElement>($"/api/workspace/{id}/meetings/{meetingId}");
        Assert.Equal(2, detail.GetProperty("agenda").GetArrayLength());
        Assert.Equal(20, detail.GetProperty("resolutions")[0].GetProperty("for").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await officer.Client.GetAsync($"/api/workspace/{id}/meetings/{meetingId + 100000}")).StatusCode);
    }
}
