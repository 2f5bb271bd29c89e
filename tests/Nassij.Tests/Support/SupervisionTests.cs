using System.IO.Compression;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Demo;

namespace Nassij.Tests.Support;

public sealed class SupervisionTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_supervisor_sees_volumes_targets_satisfaction_and_backlog_and_exports_them(string provider)
    {
        var app = Databases.App(provider);
        var supervisor = await Browser.SignedIn(app, $"supervisor@{DemoData.Domain}", "fr");
        var page = await supervisor.Html("/support/supervision");
        Assert.Contains("Juridique", page, StringComparison.Ordinal);
        Assert.Contains("Téléphone", page, StringComparison.Ordinal);
        Assert.Matches("[1-5],[0-9] / 5", page);
        Assert.Contains("فاطمة الزهراء الإدريسي", page, StringComparison.Ordinal);

        var xlsx = await supervisor.Get("/support/supervision?handler=Export&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var zip = new ZipArchive(await xlsx.Content.ReadAsStreamAsync());
        var content = string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)).Select(e => new StreamReader(e.Open()).ReadToEnd()));
        Assert.Contains("Par domaine", content, StringComparison.Ordinal);
        Assert.Contains("Dossiers en cours par conseiller", content, StringComparison.Ordinal);

        var csv = await supervisor.Client.GetStringAsync($"/support/supervision?handler=Export&format=csv&from={TestClock.Day(-365)}&to={TestClock.Day(0)}");
        Assert.Contains("Par canal", csv, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Advisers_and_associations_do_not_see_the_supervision(string provider)
    {
        var app = Databases.App(provider);
        foreach (var email in new[] { $"adviser@{DemoData.Domain}", $"president1@{DemoData.Domain}" })
        {
            var browser = await Browser.SignedIn(app, email);
            Assert.NotEqual(HttpStatusCode.OK, (await browser.Get("/support/supervision")).StatusCode);
            Assert.NotEqual(HttpStatusCode.OK, (await browser.Get("/support/supervision?handler=Export&format=xlsx")).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_past_day_is_counted_from_the_daily_figures_once_refreshed(string provider)
    {
        var app = Databases.App(provider);
        var (_, c) = await CasesTests.Ask(app, "سؤال قديم " + Guid.NewGuid().ToString("N")[..6]);
        var day = TestClock.Today.AddDays(-40);
        var at = Web.Platform.Localization.Formats.FromMorocco(day.ToDateTime(new TimeOnly(10, 0)));
        await app.WithDb(db => db.Cases.Where(x => x.Id == c.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.CreatedAt, at)));
        await app.WithDb(async db =>
        {
            await Web.Features.Support.Supervision.CaseDays.Refresh(db, default);
            return 0;
        });
        var supervisor = await Browser.SignedIn(app, $"supervisor@{DemoData.Domain}");
        var page = await supervisor.Html($"/support/supervision?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}");
        Assert.Contains("data-testid=\"total\">1<", page, StringComparison.Ordinal);
    }
}
