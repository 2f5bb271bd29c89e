using System.Net;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Associations;
using Nassij.Web.Features.Demo;
using Nassij.Web.Features.Funding.Monitoring;

namespace Nassij.Tests.Funding;

public sealed class EqualTreatmentTests
{
    [Fact]
    public async Task Applicants_and_selected_are_compared_by_region_age_size_and_the_declared_gender_of_the_president()
    {
        var app = Databases.App(Databases.Sqlite);
        await app.WithDb(db => db.BoardMembers.Where(b => b.AssociationId == 1 && b.Office == Office.President)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Gender, Gender.Female)));
        var manager = await Browser.SignedIn(app, $"calls@{DemoData.Domain}", "fr");
        var page = await manager.Html("/staff/calls/1/equal-treatment");
        Assert.Contains("Taux de sélection", page, StringComparison.Ordinal);
        Assert.Contains("Une femme", page, StringComparison.Ordinal);
        Assert.Contains("Non déclaré", page, StringComparison.Ordinal);
        Assert.Contains("Casablanca-Settat", page, StringComparison.Ordinal);

        var president = await Browser.SignedIn(app, $"president1@{DemoData.Domain}");
        var refused = await president.Get("/staff/calls/1/equal-treatment");
        Assert.True(refused.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData(100, 1)]
    [InlineData(1000, 2)]
    [InlineData(3000, 3)]
    [InlineData(4000, 4)]
    public void Ages_fall_in_brackets_at_the_closing_date(int? daysBefore, int bracket)
    {
        var closing = new DateOnly(2026, 11, 30);
        Assert.Equal(bracket, EqualTreatmentModel.AgeBracket(daysBefore is { } d ? closing.AddDays(-d) : null, closing));
    }

    [Fact]
    public void Sizes_fall_in_brackets_of_recorded_members() =>
        Assert.Equal([0, 1, 1, 2, 3], new[] { 0, 1, 24, 25, 100 }.Select(EqualTreatmentModel.SizeBracket));
}
