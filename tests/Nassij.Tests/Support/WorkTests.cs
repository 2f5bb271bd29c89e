using System.Net;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Demo;
using Nassij.Web.Features.Support.Cases;

namespace Nassij.Tests.Support;

public sealed class WorkTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_phone_call_from_a_known_caller_is_filled_in_and_an_answer_given_on_the_phone_resolves_it(string provider)
    {
        var app = Databases.App(provider);
        var adviser = await Browser.SignedIn(app, $"adviser@{DemoData.Domain}");
        var form = await adviser.Html("/support/desk/phone?Input.Phone=0661234567");
        Assert.Contains("value=\"محمد العلمي\"", form, StringComparison.Ordinal);

        var subject = "مكالمة " + Guid.NewGuid().ToString("N")[..6];
        var logged = await adviser.Submit("/support/desk/phone", new()
        {
            ["Input.Phone"] = "0661234567",
            ["Input.Name"] = "محمد العلمي",
            ["Input.Email"] = "m.alami@example.ma",
            ["Input.RegionCode"] = "04",
            ["Input.Language"] = "ar",
            ["Input.Topic"] = "Administrative",
            ["Input.Priority"] = "High",
            ["Input.Subject"] = subject,
            ["Input.Question"] = "هل يكفي الوصل المؤقت؟",
            ["Input.Answer"] = "نعم، إلى أن يسلم الوصل النهائي.",
        });
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        var c = await app.WithDb(db => db.Cases.SingleAsync(x => x.Subject == subject));
        Assert.Equal((CaseChannel.Phone, CaseStatus.Resolved, CasePriority.High, true), (c.Channel, c.Status, c.Priority, c.FirstResponseMet));
        Assert.True(await app.WithDb(db => db.OutboxMessages.AnyAsync(m => m.To == "m.alami@example.ma" && m.Body.Contains("إلى أن يسلم الوصل النهائي"))));

        var missing = await adviser.Submit("/support/desk/phone", new() { ["Input.Phone"] = "0661234567", ["Input.AssociationId"] = "999999" });
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("لا توجد جمعية بهذا الرقم.", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_adviser_escalates_to_the_lawyer_who_then_sees_the_case_and_its_history(string provider)
    {
        var app = Databases.App(provider);
        var fields = CasesTests.Question("سؤال مالي " + Guid.NewGuid().ToString("N")[..6]);
        fields["Input.Topic"] = "Financial";
        var asked = await Browser.Open(app).Submit("/support", fields);
        var reference = asked.Headers.Location!.OriginalString.Split('/', '?')[3];
        var c = await app.WithDb(db => db.Cases.SingleAsync(x => x.Reference == reference));
        var lawyerId = await app.WithDb(db => db.Users.Where(u => u.Email == $"lawyer@{DemoData.Domain}").Select(u => u.Id).SingleAsync());
        var lawyer = await Browser.SignedIn(app, $"lawyer@{DemoData.Domain}");
        Assert.Equal(HttpStatusCode.NotFound, (await lawyer.Get($"/support/desk/cases/{c.Id}")).StatusCode);

        var adviser = await Browser.SignedIn(app, $"adviser@{DemoData.Domain}");
        var desk = $"/support/desk/cases/{c.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await adviser.Submit(desk, [], postUrl: desk + "?handler=Take")).StatusCode);
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.Action == "case.taken" && e.EntityId == reference)));
        var noReason = await adviser.Submit(desk, new() { ["SpecialistId"] = lawyerId.ToString() }, postUrl: desk + "?handler=Escalate");
        Assert.Contains("بينوا ما يجب أن يدرسه المختص.", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var escalated = await adviser.Submit(desk, new() { ["SpecialistId"] = lawyerId.ToString(), ["Reason"] = "مسألة ضريبية" }, postUrl: desk + "?handler=Escalate");
        Assert.Equal(HttpStatusCode.Redirect, escalated.StatusCode);
        var page = await lawyer.Html(desk);
        Assert.Contains("مسألة ضريبية", page, StringComparison.Ordinal);
        Assert.Contains("نريد تعديل القانون الأساسي", page, StringComparison.Ordinal);
        Assert.True(await app.WithDb(db => db.OutboxMessages.AnyAsync(m => m.To == $"lawyer@{DemoData.Domain}" && m.Subject.Contains(reference) && m.Body.Contains("مسألة ضريبية"))));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_duplicate_is_merged_its_messages_move_and_its_link_leads_to_the_kept_case(string provider)
    {
        var app = Databases.App(provider);
        var (keptLink, kept) = await CasesTests.Ask(app, "الأصل " + Guid.NewGuid().ToString("N")[..6]);
        var (duplicateLink, duplicate) = await CasesTests.Ask(app, "المكرر " + Guid.NewGuid().ToString("N")[..6]);
        var supervisor = await Browser.SignedIn(app, $"supervisor@{DemoData.Domain}");
        var desk = $"/support/desk/cases/{duplicate.Id}";
        var wrong = await supervisor.Submit(desk, new() { ["MergeInto"] = duplicate.Reference }, postUrl: desk + "?handler=Merge");
        Assert.Contains("أدخلوا مرجع ملف آخر تشتغلون عليه.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var merged = await supervisor.Submit(desk, new() { ["MergeInto"] = kept.Reference.ToLowerInvariant() }, postUrl: desk + "?handler=Merge");
        Assert.Equal($"/support/desk/cases/{kept.Id}", merged.Headers.Location!.OriginalString);

        Assert.Equal(3, await app.WithDb(db => db.CaseMessages.CountAsync(m => m.CaseId == kept.Id)));
        var old = await app.WithDb(db => db.Cases.SingleAsync(x => x.Id == duplicate.Id));
        Assert.Equal((CaseStatus.Closed, kept.Id), (old.Status, old.MergedIntoId!.Value));
        var followed = await Browser.Open(app).Html(duplicateLink);
        Assert.Contains($"/support/cases/{kept.Reference}?key=", followed, StringComparison.Ordinal);
        var keptPage = await Browser.Open(app).Html(keptLink);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(keptPage, "data-kind=\"FromRequester\""));
        Assert.DoesNotContain("دمج", keptPage, StringComparison.Ordinal);
    }
}
