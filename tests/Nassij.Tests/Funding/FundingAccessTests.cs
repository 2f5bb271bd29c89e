using System.Net;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Demo;

namespace Nassij.Tests.Funding;

/// <summary>Every staff page of the funding module refuses the people it is not for.</summary>
public sealed class FundingAccessTests
{
    private static readonly string[] ManagerPages =
    [
        "/staff/calls/1/applications", "/staff/applications/1", "/staff/calls/1/ranking", "/staff/calls/1/agreements",
        "/staff/reports", "/staff/calls/1/lots/1/minutes", "/staff/calls/1/monitoring", "/staff/calls/1/equal-treatment",
    ];

    [Theory]
    [InlineData("president1")]
    [InlineData("evaluator")]
    [InlineData("finance")]
    public async Task Call_management_pages_refuse_officers_evaluators_and_finance(string who)
    {
        var browser = await Browser.SignedIn(Databases.App(Databases.Sqlite), $"{who}@{DemoData.Domain}");
        foreach (var url in ManagerPages)
        {
            var response = await browser.Get(url);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden, $"{who} {url}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Only_finance_has_the_payments_desk_and_only_evaluators_have_evaluations()
    {
        var app = Databases.App(Databases.Sqlite);
        var president = await Browser.SignedIn(app, $"president1@{DemoData.Domain}");
        var manager = await Browser.SignedIn(app, $"calls@{DemoData.Domain}");
        foreach (var (browser, url) in new[] { (president, "/finance"), (manager, "/finance"), (president, "/evaluations"), (manager, "/evaluations/1") })
        {
            var response = await browser.Get(url);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{url}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task An_officer_of_another_association_cannot_open_its_bank_account()
    {
        var app = Databases.App(Databases.Sqlite);
        var president2 = await Browser.SignedIn(app, $"president2@{DemoData.Domain}");
        Assert.Equal(HttpStatusCode.NotFound, (await president2.Get("/my/associations/1/bank")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await president2.Get("/agreements/1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await president2.Get("/agreements/1/reports/1")).StatusCode);
    }
}
