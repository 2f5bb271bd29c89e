using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Associations;
using Nassij.Tests.Funding;
using Nassij.Tests.Infrastructure;

namespace Nassij.Tests.Workspace;

public sealed class ActivitiesTests
{
    private static readonly DateOnly Today = TestClock.Today;
    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_activity_is_planned_then_recorded_with_its_photos_and_the_dashboard_asks_for_it_until_then(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        var list = $"/workspace/{id}/activities";
        var missing = await officer.Submit(list, new() { ["Input.Title"] = "Atelier d'écriture", ["Input.StartsOn"] = "", ["Input.Place"] = "" });
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        var html = await missing.Content.ReadAsStringAsync();
        Assert.Contains("Input_Place-error", html, StringComparison.Ordinal);
        Assert.Contains("Atelier d&#x27;écriture", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.Submit(list, new() { ["Input.Title"] = "Atelier d'écriture", ["Input.StartsOn"] = Day(Today.AddDays(-3)), ["Input.Place"] = "Maison des jeunes", ["Input.PlannedParticipants"] = "25" })).StatusCode);
        var activityId = await app.WithDb(db => db.Activities.Where(a => a.AssociationId == id).Select(a => a.Id).SingleAsync());
        var page = $"{list}/{activityId}";
        Assert.Contains(page, await officer.Html($"/workspace/{id}"), StringComparison.Ordinal);

        var tooMany = await officer.Submit(page, new() { ["Input.Participants"] = "20", ["Input.Women"] = "24" });
        Assert.Equal(HttpStatusCode.OK, tooMany.StatusCode);
        Assert.Contains("Input_Women-error", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var recorded = await officer.Submit(page, new() { ["Input.Participants"] = "22", ["Input.Women"] = "14", ["Input.Youth"] = "18", ["Input.Outcome"] = "Un recueil de textes" },
            files: new() { ["photos"] = (Samples.Png, "atelier.png"), ["attendance"] = (Samples.Pdf, "presence.pdf") });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var activity = await app.WithDb(db => db.Activities.Include(a => a.Photos).SingleAsync(a => a.Id == activityId));
        Assert.Equal((true, 22, 1, true), (activity.Done, activity.Participants ?? 0, activity.Photos.Count, activity.AttendanceFileId != null));
        Assert.DoesNotContain(page, await officer.Html($"/workspace/{id}"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"activity-photo\"", await officer.Html(page), StringComparison.Ordinal);

        var (outsider, _, _) = await Registration.NewAssociation(app);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Get(list)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Get(page)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Activities_done_under_an_agreement_are_pulled_into_its_report(string provider)
    {
        var app = Databases.App(provider);
        var (agreementId, officer, indicator) = await ReportsTests.Active(app);
        var associationId = await app.WithDb(db => db.Agreements.Where(a => a.Id == agreementId).Select(a => a.AssociationId).SingleAsync());
        await app.WithDb(async db =>
        {
            db.Activities.Add(new Nassij.Web.Features.Workspace.Activities.Activity
            {
                AssociationId = associationId,
                AgreementId = agreementId,
                Title = "ورشة المهارات الرقمية",
                Place = "دار الشباب",
                StartsOn = Today.AddDays(-5),
                Done = true,
                Participants = 31,
                Women = 17,
            });
            return await db.SaveChangesAsync();
        });
        var report = $"/agreements/{agreementId}/reports/1";
        var fields = ReportsTests.Narrative(indicator);
        fields["Input.BeneficiariesReached"] = "";
        var pulled = await officer.Submit(report, fields, postUrl: report + "?handler=PullActivities");
        Assert.Equal(HttpStatusCode.OK, pulled.StatusCode);
        var html = await pulled.Content.ReadAsStringAsync();
        Assert.Contains("ورشة المهارات الرقمية", html, StringComparison.Ordinal);
        Assert.Contains("نظمنا ثلاث ورشات", html, StringComparison.Ordinal);
        Assert.Contains("value=\"31\"", html, StringComparison.Ordinal);
    }
}
