using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Demo;
using Nassij.Web.Features.Support.Cases;

namespace Nassij.Tests.Support;

public sealed class DeskTests
{
    // Each test runs only its part of the sweep: tests share a database, and a sweep run at a far
    // time would act on every other test's cases.
    private static async Task Warn(NassijFactory app, DateTimeOffset at)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SupportSweep>().WarnAtRisk(at);
    }

    private static async Task Close(NassijFactory app, DateTimeOffset at)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SupportSweep>().CloseUnanswered(at);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_case_about_to_miss_its_target_alerts_the_supervisor_once(string provider)
    {
        var app = Databases.App(provider);
        var (_, c) = await CasesTests.Ask(app, "سؤال مستعجل " + Guid.NewGuid().ToString("N")[..6]);
        var due = c.NextDueAt!.Value;
        var subject = $"[{c.Reference}] على وشك تجاوز الأجل: {c.Subject}";
        Task<int> Alerts() => app.WithDb(db => db.OutboxMessages.CountAsync(m => m.To == $"supervisor@{DemoData.Domain}" && m.Subject == subject));

        await Warn(app, due.AddHours(-5));
        Assert.Equal(0, await Alerts());
        await Warn(app, due.AddMinutes(-30));
        await Warn(app, due.AddMinutes(-10));
        Assert.Equal(1, await Alerts());
        var supervisor = await Browser.SignedIn(app, $"supervisor@{DemoData.Domain}");
        Assert.Contains(c.Reference, await supervisor.Html("/support/desk?view=AtRisk&q=" + c.Reference), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_resolved_case_left_unanswered_closes_after_a_week(string provider)
    {
        var app = Databases.App(provider);
        var (_, c) = await CasesTests.Ask(app, "سؤال سيغلق " + Guid.NewGuid().ToString("N")[..6]);
        var supervisor = await Browser.SignedIn(app, $"supervisor@{DemoData.Domain}");
        var desk = $"/support/desk/cases/{c.Id}";
        await supervisor.Submit(desk, new() { ["Body"] = "الجواب", ["InternalNote"] = "false", ["After"] = "Resolved" }, postUrl: desk + "?handler=Write");
        var resolvedAt = await app.WithDb(db => db.Cases.Where(x => x.Id == c.Id).Select(x => x.ResolvedAt!.Value).SingleAsync());
        await Close(app, resolvedAt.AddDays(6));
        Assert.Equal(CaseStatus.Resolved, await app.WithDb(db => db.Cases.Where(x => x.Id == c.Id).Select(x => x.Status).SingleAsync()));
        await Close(app, resolvedAt.AddDays(8));
        Assert.Equal(CaseStatus.Closed, await app.WithDb(db => db.Cases.Where(x => x.Id == c.Id).Select(x => x.Status).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_supervisor_writes_canned_answers_that_advisers_insert_but_cannot_change(string provider)
    {
        var app = Databases.App(provider);
        var supervisor = await Browser.SignedIn(app, $"supervisor@{DemoData.Domain}");
        var title = "جواب جاهز " + Guid.NewGuid().ToString("N")[..6];
        var saved = await supervisor.Submit("/support/desk/canned", new() { ["Input.Title"] = title, ["Input.Language"] = "ar", ["Input.Body"] = "نص **الجواب** الجاهز" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = await app.WithDb(db => db.CannedAnswers.Where(a => a.Title == title).Select(a => a.Id).SingleAsync());

        var adviser = await Browser.SignedIn(app, $"adviser@{DemoData.Domain}");
        var refused = await adviser.Submit("/support/desk/canned", new() { ["Input.Title"] = title + " x", ["Input.Body"] = "y" });
        Assert.Contains("denied", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.False(await app.WithDb(db => db.CannedAnswers.AnyAsync(a => a.Title == title + " x")));
        var (_, c) = await CasesTests.Ask(app, "سؤال " + Guid.NewGuid().ToString("N")[..6]);
        var desk = $"/support/desk/cases/{c.Id}";
        var inserted = await adviser.Submit(desk, new() { ["Body"] = "مرحباً", ["CannedId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, postUrl: desk + "?handler=Insert");
        Assert.Equal(HttpStatusCode.OK, inserted.StatusCode);
        var html = await inserted.Content.ReadAsStringAsync();
        Assert.Contains("مرحباً&#xA;&#xA;نص **الجواب** الجاهز</textarea>", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_new_queue_takes_the_cases_of_its_topic_and_region_for_its_advisers(string provider)
    {
        var app = Databases.App(provider);
        var (outsider, outsiderId) = await Advisers.NewWithId(app);
        var supervisor = await Browser.SignedIn(app, $"supervisor@{DemoData.Domain}");
        var region = "1" + Random.Shared.Next(0, 3).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var name = "رقمي " + Guid.NewGuid().ToString("N")[..6];
        var saved = await supervisor.Submit("/support/desk/queues", new() { ["Input.NameAr"] = name, ["Input.NameFr"] = "Numérique", ["Input.Topic"] = "Digital", ["Input.RegionCode"] = region, ["Input.AutoAssign"] = "true", ["Input.Advisers"] = outsiderId.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var fields = CasesTests.Question("سؤال رقمي " + Guid.NewGuid().ToString("N")[..6]);
        (fields["Input.Topic"], fields["Input.RegionCode"]) = ("Digital", region);
        var asked = await Browser.Open(app).Submit("/support", fields);
        var reference = asked.Headers.Location!.OriginalString.Split('/', '?')[3];
        var c = await app.WithDb(db => db.Cases.SingleAsync(x => x.Reference == reference));
        Assert.Equal(outsiderId, c.AssigneeId);
        Assert.Contains(reference, await outsider.Html("/support/desk"), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await outsider.Get("/support/desk/queues")).StatusCode);
    }

    [Fact]
    public void The_shipped_settings_give_the_moroccan_working_day_and_holidays()
    {
        var targets = Databases.App(Databases.Sqlite).Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ServiceTargets>>().Value;
        Assert.Equal(new TimeOnly(8, 30), targets.OpensAt);
        Assert.Equal(new TimeOnly(16, 30), targets.ClosesAt);
        Assert.Contains(new DateOnly(2026, 11, 18), targets.Holidays);
        Assert.Contains(new DateOnly(2027, 1, 14), targets.Holidays);
        Assert.Equal(5, targets.WorkingDays.Length);
        Assert.Equal(2, targets.For(CasePriority.Urgent).FirstResponseHours);
    }
}
