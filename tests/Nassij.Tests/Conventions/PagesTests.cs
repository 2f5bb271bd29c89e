using System.Net;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Demo;

namespace Nassij.Tests.Conventions;

/// <summary>Every page, in each language, as the people who may see it: right language and direction,
/// no server error, and no text left untranslated.</summary>
public sealed class PagesTests
{
    private static readonly string[] PublicPages = ["/", "/associations", "/associations?q=fes&p=2", "/account/sign-in", "/account/sign-up", "/account/forgot-password", "/account/check-email", "/account/confirm", "/account/reset-password", "/error/404", "/no-such-page", "/calls", "/calls/1", "/support", "/help", "/help/documents", "/help?q=jam3iya", "/help/founding-an-association", "/help/model-statutes"];
    private static readonly string[] OfficerPages = ["/my/associations", "/account", "/account/password", "/account/two-factor", "/associations/register", "/my/applications", "/calls/1/apply", "/my/agreements", "/my/applications/1", "/agreements/1", "/agreements/1/reports/1", "/agreements/1/reports/2", "/support/mine", "/support/appointments", "/support/appointments?book=3", "/support/appointments?moving=2&mode=Video&region=04"];
    private static readonly string[] AdminPages = ["/admin", "/admin/outbox", "/admin/audit?from=2026-01-01&to=2026-12-31", "/admin/staff", "/staff/verification", "/staff/verification?status=Verified", "/staff/calls", "/staff/calls/1", "/staff/calls/1/edit", "/staff/calls/new/edit", "/staff/calls/1/applications", "/staff/calls/1/ranking", "/staff/calls/1/agreements", "/staff/applications/1", "/agreements/1", "/agreements/1/reports/1", "/agreements/4", "/staff/reports", "/staff/calls/1/monitoring", "/staff/calls/1/equal-treatment"];

    [Theory]
    [InlineData("ar", "rtl")]
    [InlineData("fr", "ltr")]
    [InlineData("en", "ltr")]
    public async Task Every_page_speaks_the_chosen_language_with_nothing_untranslated(string language, string direction)
    {
        var app = Databases.App(Databases.Sqlite);
        var before = app.Warnings.Count();
        await Visit(Browser.Open(app, language), PublicPages, language, direction);
        var officer = await Browser.SignedIn(app, $"president1@{DemoData.Domain}", language);
        var myId = 1;
        await Visit(officer, [.. OfficerPages, $"/my/associations/{myId}", $"/my/associations/{myId}/edit", $"/associations/{myId}", $"/workspace/{myId}", $"/workspace/{myId}/members", $"/workspace/{myId}/members/new", $"/workspace/{myId}/members/import", $"/workspace/{myId}/dues", $"/workspace/{myId}/dues/fees", $"/workspace/{myId}/me", $"/workspace/{myId}/members/erasure", $"/workspace/{myId}/meetings", $"/workspace/{myId}/meetings/new", $"/workspace/{myId}/meetings/rules", $"/my/associations/{myId}/people", $"/my/associations/{myId}/bank"], language, direction);
        var admin = await Browser.SignedIn(app, $"admin@{DemoData.Domain}", language);
        await Visit(admin, [.. AdminPages, "/staff/verification/13"], language, direction);
        var evaluator = await Browser.SignedIn(app, $"evaluator@{DemoData.Domain}", language);
        await Visit(evaluator, ["/evaluations", "/evaluations/1"], language, direction);
        var supervisor = await Browser.SignedIn(app, $"supervisor@{DemoData.Domain}", language);
        await Visit(supervisor, ["/support/desk", "/support/desk?view=All", "/support/desk?view=AtRisk", "/support/desk/cases/1", "/support/desk/cases/3", "/support/desk/phone", "/support/desk/phone?Input.Phone=0661234567", "/support/desk/inbox", "/support/desk/inbox?state=Failed", "/support/desk/canned", "/support/desk/canned?id=1", "/support/desk/queues", "/support/desk/queues?id=1", "/support/desk/availability", "/support/supervision", "/support/supervision?from=2026-12-31&to=2026-01-01", "/support/desk/articles", "/support/desk/articles/new", "/support/desk/articles/1"], language, direction);
        var finance = await Browser.SignedIn(app, $"finance@{DemoData.Domain}", language);
        await Visit(finance, ["/finance", "/agreements/2"], language, direction);
        Assert.DoesNotContain(app.Warnings.Skip(before), w => w.Contains("Missing translation", StringComparison.Ordinal) && w.Contains($"({language})", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_language_switcher_remembers_the_choice_in_a_cookie()
    {
        var browser = Browser.Open(Databases.App(Databases.Sqlite), "ar");
        var response = await browser.Get("/culture/fr?returnUrl=%2Fassociations");
        Assert.Equal("/associations", response.Headers.Location!.OriginalString);
        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", await browser.Html("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_switcher_never_redirects_off_site()
    {
        var browser = Browser.Open(Databases.App(Databases.Sqlite));
        var response = await browser.Get("/culture/en?returnUrl=https%3A%2F%2Fevil.example%2F");
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    private static async Task Visit(Browser browser, IEnumerable<string> pages, string language, string direction)
    {
        foreach (var page in pages)
        {
            var response = await browser.Get(page);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{page}: {response.StatusCode}");
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains($"<html lang=\"{language}\" dir=\"{direction}\">", html, StringComparison.Ordinal);
            Assert.DoesNotContain("&#x6", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Pages_cannot_be_framed_or_run_scripts_from_elsewhere()
    {
        var response = await Browser.Open(Databases.App(Databases.Sqlite)).Get("/associations");
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
    }
}
