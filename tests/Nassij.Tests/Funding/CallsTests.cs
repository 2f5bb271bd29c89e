using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Associations;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Demo;
using Nassij.Web.Features.Funding.Calls;

namespace Nassij.Tests.Funding;

public sealed class CallsTests
{
    private static Dictionary<string, string> NewCall(string titleFr) => new()
    {
        ["Version"] = "0",
        ["Input.TitleAr"] = "طلب عروض " + titleFr,
        ["Input.TitleFr"] = titleFr,
        ["Input.TextAr"] = "نص طلب العروض",
        ["Input.TextFr"] = "Texte de l'appel",
        ["Input.OpensAt"] = "2026-01-05T09:00",
        ["Input.ClosesAt"] = "2099-02-05T16:00",
        ["Input.MinimumAgeMonths"] = "12",
        ["Input.EvaluatorsPerApplication"] = "2",
        ["Input.ApplicationsPerLot"] = "1",
        ["Input.FirstTranchePercent"] = "50",
        ["Input.Lots[0].ThemeAr"] = "الديمقراطية التشاركية",
        ["Input.Lots[0].ThemeFr"] = "Démocratie participative",
        ["Input.Lots[0].Envelope"] = "5.200.000,00",
        ["Input.Lots[0].MinimumGrant"] = "50 000",
        ["Input.Lots[0].MaximumGrant"] = "150000.50",
        ["Input.Lots[0].IndicativeProjects"] = "52",
        ["Input.Criteria[0].LabelAr"] = "الملاءمة",
        ["Input.Criteria[0].LabelFr"] = "Pertinence",
        ["Input.Criteria[0].MaxPoints"] = "30",
        ["Input.Documents[0].Ar"] = "خطة العمل",
        ["Input.Documents[0].Fr"] = "Plan d'action",
    };

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_call_manager_writes_a_call_that_is_public_only_once_published(string provider)
    {
        var app = Databases.App(provider);
        var manager = await Browser.SignedIn(app, $"calls@{DemoData.Domain}");
        var title = "Appel " + Guid.NewGuid().ToString("N")[..8];
        var fields = NewCall(title);
        var evaluators = await app.WithDb(db => db.RoleGrants.Where(g => g.Role == Web.Platform.Security.Role.Evaluator).Select(g => g.PersonId).ToListAsync());
        var response = await manager.Submit("/staff/calls/new/edit", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, Registration.Errors(await response.Content.ReadAsStringAsync()));
        var call = await app.WithDb(db => db.Calls.Include(c => c.Lots).SingleAsync(c => c.TitleFr == title));
        Assert.Equal(5_200_000m, call.Lots[0].Envelope);
        Assert.Equal(150_000.50m, call.Lots[0].MaximumGrant);
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero), call.OpensAt);
        Assert.Equal(HttpStatusCode.NotFound, (await Browser.Open(app).Get($"/calls/{call.Id}")).StatusCode);

        // Without a committee it cannot be published: the page says what is missing.
        var overview = await manager.Html($"/staff/calls/{call.Id}");
        Assert.Contains("لجنة تضم على الأقل عدد المقيمين اللازم لكل طلب.", overview, StringComparison.Ordinal);
        var refused = await manager.Submit($"/staff/calls/{call.Id}", [], postUrl: $"/staff/calls/{call.Id}?handler=Publish");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(CallState.Draft, await app.WithDb(db => db.Calls.Where(c => c.Id == call.Id).Select(c => c.State).SingleAsync()));

        // Several values of one field do not fit the test browser's form: the committee is seated directly.
        await app.WithDb(async db =>
        {
            db.AddRange(evaluators.Select(e => new CommitteeSeat { CallId = call.Id, PersonId = e }));
            return await db.SaveChangesAsync();
        });
        var published = await manager.Submit($"/staff/calls/{call.Id}", [], postUrl: $"/staff/calls/{call.Id}?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var list = await Browser.Open(app, "fr").Html("/calls");
        Assert.Contains(title, list, StringComparison.Ordinal);
        var page = await Browser.Open(app, "fr").Html($"/calls/{call.Id}");
        Assert.Contains("Démocratie participative", page, StringComparison.Ordinal);
        Assert.Contains("5.200.000,00 MAD", page, StringComparison.Ordinal);
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.Action == "call.published" && e.EntityId == call.Id.ToString(CultureInfo.InvariantCulture))));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_published_call_is_amended_only_with_a_reason_that_applicants_read(string provider)
    {
        var app = Databases.App(provider);
        var call = await Rounds.OpenCall(app);
        var manager = await Browser.SignedIn(app, $"calls@{DemoData.Domain}");
        var form = await manager.Html($"/staff/calls/{call.Id}/edit");
        Assert.Contains("Input.AmendmentReason", form, StringComparison.Ordinal);
        var fields = NewCall(call.TitleFr);
        fields["Version"] = call.Version.ToString(CultureInfo.InvariantCulture);
        fields["Input.Lots[0].Id"] = call.Lots[0].Id.ToString(CultureInfo.InvariantCulture);
        fields["Input.Lots[1].Id"] = call.Lots[1].Id.ToString(CultureInfo.InvariantCulture);
        fields["Input.Lots[1].ThemeAr"] = call.Lots[1].ThemeAr;
        fields["Input.Lots[1].ThemeFr"] = call.Lots[1].ThemeFr;
        fields["Input.Lots[1].Envelope"] = "300000";
        fields["Input.Lots[1].MaximumGrant"] = "100000";
        var refused = await manager.Submit($"/staff/calls/{call.Id}/edit", fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("وضّح سبب تعديل طلب العروض المنشور", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        fields["Input.AmendmentReason"] = "Prolongation de la date de clôture";
        var amended = await manager.Submit($"/staff/calls/{call.Id}/edit", fields);
        Assert.True(amended.StatusCode == HttpStatusCode.Redirect, Registration.Errors(await amended.Content.ReadAsStringAsync()));
        var page = await Browser.Open(app, "fr").Html($"/calls/{call.Id}");
        Assert.Contains("Prolongation de la date de clôture", page, StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDb(db => db.Lots.CountAsync(l => l.CallId == call.Id)));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Inconsistent_lots_are_refused_next_to_the_field_and_the_form_keeps_what_was_typed(string provider)
    {
        var app = Databases.App(provider);
        var manager = await Browser.SignedIn(app, $"calls@{DemoData.Domain}");
        var fields = NewCall("Appel incohérent");
        fields["Input.Lots[0].MaximumGrant"] = "9000000";
        var response = await manager.Submit("/staff/calls/new/edit", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"Input_Lots_0__MaximumGrant-error\"", html, StringComparison.Ordinal);
        Assert.Contains("يجب ألا يتجاوز الحد الأدنى الحد الأقصى", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Appel incohérent\"", html, StringComparison.Ordinal);
        Assert.False(await app.WithDb(db => db.Calls.AnyAsync(c => c.TitleFr == "Appel incohérent")));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Only_call_managers_and_administrators_manage_calls(string provider)
    {
        var app = Databases.App(provider);
        var call = await Rounds.OpenCall(app);
        foreach (var email in new[] { $"president1@{DemoData.Domain}", $"evaluator@{DemoData.Domain}", $"finance@{DemoData.Domain}" })
        {
            var browser = await Browser.SignedIn(app, email);
            foreach (var url in new[] { "/staff/calls", $"/staff/calls/{call.Id}", $"/staff/calls/{call.Id}/edit" })
            {
                var response = await browser.Get(url);
                Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden, $"{email} {url}: {response.StatusCode}");
            }
        }

        var admin = await Browser.SignedIn(app, $"admin@{DemoData.Domain}");
        Assert.Contains(call.TitleAr, await admin.Html($"/staff/calls/{call.Id}"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_cancelled_call_says_why_and_takes_no_more_applications(string provider)
    {
        var app = Databases.App(provider);
        var call = await Rounds.OpenCall(app);
        var manager = await Browser.SignedIn(app, $"calls@{DemoData.Domain}");
        var empty = await manager.Submit($"/staff/calls/{call.Id}", new() { ["CancelReason"] = "" }, postUrl: $"/staff/calls/{call.Id}?handler=Cancel");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var cancelled = await manager.Submit($"/staff/calls/{call.Id}", new() { ["CancelReason"] = "Budget gelé" }, postUrl: $"/staff/calls/{call.Id}?handler=Cancel");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var page = await Browser.Open(app, "fr").Html($"/calls/{call.Id}");
        Assert.Contains("Budget gelé", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"/calls/{call.Id}/apply", page, StringComparison.Ordinal);
    }
}
