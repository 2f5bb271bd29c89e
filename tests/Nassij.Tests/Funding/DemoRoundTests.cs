using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Demo;

namespace Nassij.Tests.Funding;

/// <summary>The demo shows a round at every step to the people who run it.</summary>
public sealed class DemoRoundTests
{
    [Fact]
    public async Task Each_role_finds_its_work_in_the_demo_round()
    {
        var app = Databases.App(Databases.Sqlite);
        var president = await Browser.SignedIn(app, $"president1@{DemoData.Domain}", "fr");
        Assert.Contains("En vigueur", await president.Html("/agreements/1"), StringComparison.Ordinal);
        Assert.Contains("Déposé", await president.Html("/agreements/1/reports/1"), StringComparison.Ordinal);

        var manager = await Browser.SignedIn(app, $"calls@{DemoData.Domain}", "fr");
        Assert.Contains("Valider le rapport", await manager.Html("/agreements/1/reports/1"), StringComparison.Ordinal);
        Assert.Contains("Contresigner pour le ministère", await manager.Html("/agreements/4"), StringComparison.Ordinal);
        var ranking = await manager.Html("/staff/calls/1/ranking");
        Assert.Contains("Évaluateurs en désaccord", ranking, StringComparison.Ordinal);

        var finance = await Browser.SignedIn(app, $"finance@{DemoData.Domain}", "fr");
        Assert.Contains("Débloquable", await finance.Html("/finance"), StringComparison.Ordinal);

        var open = await Browser.Open(app, "fr").Html("/calls");
        Assert.Contains("Appel à projets associatifs 2026", open, StringComparison.Ordinal);
        Assert.Contains("Appel à projets associatifs 2025", open, StringComparison.Ordinal);
        Assert.Contains("Résultats", await Browser.Open(app, "fr").Html("/calls/1"), StringComparison.Ordinal);
    }
}
