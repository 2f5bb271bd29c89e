using System.IO.Compression;
using System.Net;
using System.Text;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Demo;

namespace Nassij.Tests.Funding;

public sealed class MonitoringTests
{
    [Fact]
    public async Task The_dashboard_adds_up_the_demo_round_and_its_lists_export_to_excel_and_csv()
    {
        var app = Databases.App(Databases.Sqlite);
        var manager = await Browser.SignedIn(app, $"calls@{DemoData.Domain}", "fr");
        var page = await manager.Html("/staff/calls/1/monitoring");
        // Four agreements of 120,000 + 95,000 + 80,000 + 60,000 MAD; tranche 1 paid on two of them.
        Assert.Contains("355.000,00 MAD", page, StringComparison.Ordinal);
        Assert.Contains("107.500,00 MAD", page, StringComparison.Ordinal);

        var xlsx = await manager.Get("/staff/calls/1/export/applications.xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using (var zip = new ZipArchive(await xlsx.Content.ReadAsStreamAsync()))
        {
            var content = new StringBuilder();
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(entry.Open());
                content.Append(await reader.ReadToEndAsync());
            }

            Assert.Contains("Référence", content.ToString(), StringComparison.Ordinal);
            Assert.Contains("AP001-1-D00001", content.ToString(), StringComparison.Ordinal);
        }

        var csv = await manager.Get("/staff/calls/1/export/agreements.csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("Convention,", text, StringComparison.Ordinal);
        Assert.Equal(5, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        var reports = Encoding.UTF8.GetString(await (await manager.Get("/staff/calls/1/export/reports.csv")).Content.ReadAsByteArrayAsync());
        Assert.Equal(3, reports.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var finance = await Browser.SignedIn(app, $"finance@{DemoData.Domain}", "fr");
        var tranches = Encoding.UTF8.GetString(await (await finance.Get("/finance/export/tranches.csv")).Content.ReadAsByteArrayAsync());
        Assert.Contains("VIR-", tranches, StringComparison.Ordinal);
        var refused = await manager.Get("/finance/export/tranches.csv");
        Assert.True(refused.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Exports_and_the_dashboard_are_for_call_managers_only()
    {
        var app = Databases.App(Databases.Sqlite);
        var president = await Browser.SignedIn(app, $"president1@{DemoData.Domain}");
        foreach (var url in new[] { "/staff/calls/1/monitoring", "/staff/calls/1/export/applications.xlsx", "/staff/calls/1/export/agreements.csv" })
        {
            var response = await president.Get(url);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden, $"{url}: {response.StatusCode}");
        }
    }
}
