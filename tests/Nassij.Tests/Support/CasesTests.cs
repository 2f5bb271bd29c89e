using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Demo;
using Nassij.Web.Features.Support.Cases;

namespace Nassij.Tests.Support;

public sealed partial class CasesTests
{
    public static Dictionary<string, string> Question(string subject, string? email = "amina@example.ma") => new()
    {
        ["Input.Topic"] = "Legal",
        ["Input.RegionCode"] = "06",
        ["Input.Subject"] = subject,
        ["Input.Description"] = "نريد تعديل القانون الأساسي للجمعية. ما هي المسطرة؟",
        ["Input.Name"] = "أمينة الصقلي",
        ["Input.Email"] = email ?? "",
        ["Input.Phone"] = "",
    };

    /// <summary>A person asks a question on the web; returns the follow link (with its secret) and the case.</summary>
    public static async Task<(string Link, Case Case)> Ask(NassijFactory app, string subject, Browser? asker = null)
    {
        asker ??= Browser.Open(app);
        var response = await asker.Submit("/support", Question(subject));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var link = response.Headers.Location!.OriginalString;
        var reference = ReferencePattern().Match(link).Value;
        var c = await app.WithDb(db => db.Cases.AsNoTracking().SingleAsync(x => x.Reference == reference));
        return (link, c);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_person_asks_and_follows_the_case_only_with_its_secret_link(string provider)
    {
        var app = Databases.App(provider);
        var (link, c) = await Ask(app, "تعديل القانون الأساسي " + Guid.NewGuid().ToString("N")[..6]);

        Assert.Matches("^SC-20[0-9]{2}-[0-9]{6}$", c.Reference);
        Assert.Equal(CaseChannel.Web, c.Channel);
        Assert.NotNull(c.QueueId);
        Assert.NotNull(c.AssigneeId);
        var page = await Browser.Open(app).Html(link);
        Assert.Contains("نريد تعديل القانون الأساسي", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Browser.Open(app).Get($"/support/cases/{c.Reference}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Browser.Open(app).Get($"/support/cases/{c.Reference}?key=forged")).StatusCode);
        // The e-mail's link opens the case too (each link carries its own protected secret).
        var mail = await app.WithDb(db => db.OutboxMessages.Where(m => m.To == "amina@example.ma" && m.Subject.Contains(c.Reference)).Select(m => m.Body).SingleAsync());
        var mailed = LinkPattern().Match(mail).Value;
        Assert.Contains("نريد تعديل القانون الأساسي", await Browser.Open(app).Html(mailed), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Without_a_way_to_answer_the_form_says_so_and_keeps_the_text(string provider)
    {
        var app = Databases.App(provider);
        var fields = Question("سؤال بدون عنوان", email: null);
        var response = await Browser.Open(app).Submit("/support", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("أعطوا عنوان بريد إلكتروني أو رقم هاتف حتى نتمكن من الإجابة.", html, StringComparison.Ordinal);
        Assert.Contains("سؤال بدون عنوان", html, StringComparison.Ordinal);
        Assert.Contains("نريد تعديل القانون الأساسي", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Internal_notes_never_reach_the_requester_neither_on_the_page_nor_by_mail(string provider)
    {
        var app = Databases.App(provider);
        var (link, c) = await Ask(app, "سؤال عن الملاحظات " + Guid.NewGuid().ToString("N")[..6]);
        var adviser = await Browser.SignedIn(app, $"supervisor@{DemoData.Domain}");
        var desk = $"/support/desk/cases/{c.Id}";
        var first = await adviser.Get(desk);
        Assert.True(first.StatusCode == HttpStatusCode.OK, string.Join("\n", app.Warnings.TakeLast(3)));
        Assert.Equal(HttpStatusCode.Redirect, (await adviser.Submit(desk, new() { ["Body"] = "سر داخلي: الجمعية لها ملف قديم", ["InternalNote"] = "true" }, postUrl: desk + "?handler=Write")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await adviser.Submit(desk, new() { ["Body"] = "جواب علني: يجب عقد جمع عام استثنائي.", ["InternalNote"] = "false", ["After"] = "Resolved" }, postUrl: desk + "?handler=Write")).StatusCode);

        var page = await Browser.Open(app).Html(link);
        Assert.Contains("جواب علني", page, StringComparison.Ordinal);
        Assert.DoesNotContain("سر داخلي", page, StringComparison.Ordinal);
        var mails = await app.WithDb(db => db.OutboxMessages.Where(m => m.To == "amina@example.ma" && m.Subject.Contains(c.Reference)).Select(m => m.Body).ToListAsync());
        Assert.Contains(mails, m => m.Contains("جواب علني", StringComparison.Ordinal));
        Assert.DoesNotContain(mails, m => m.Contains("سر داخلي", StringComparison.Ordinal));
        var deskResponse = await adviser.Get(desk);
        Assert.True(deskResponse.StatusCode == HttpStatusCode.OK, string.Join("\n", app.Warnings.TakeLast(3)));
        var deskPage = await deskResponse.Content.ReadAsStringAsync();
        Assert.Contains("سر داخلي", deskPage, StringComparison.Ordinal);
        var saved = await app.WithDb(db => db.Cases.SingleAsync(x => x.Id == c.Id));
        Assert.Equal(CaseStatus.Resolved, saved.Status);
        Assert.NotNull(saved.FirstRespondedAt);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_requester_rates_a_resolved_answer_and_a_later_reply_reopens_the_case(string provider)
    {
        var app = Databases.App(provider);
        var (link, c) = await Ask(app, "سؤال للتقييم " + Guid.NewGuid().ToString("N")[..6]);
        var adviser = await Browser.SignedIn(app, $"supervisor@{DemoData.Domain}");
        var desk = $"/support/desk/cases/{c.Id}";
        await adviser.Submit(desk, new() { ["Body"] = "هذا هو الجواب.", ["InternalNote"] = "false", ["After"] = "Resolved" }, postUrl: desk + "?handler=Write");

        var requester = Browser.Open(app);
        var key = Uri.UnescapeDataString(link[(link.IndexOf("key=", StringComparison.Ordinal) + 4)..]);
        var noRating = await requester.Submit(link, new() { ["key"] = key }, postUrl: link.Replace("?", "?handler=Rate&", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, noRating.StatusCode);
        Assert.Contains("اختاروا من 1 إلى 5.", await noRating.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var rated = await requester.Submit(link, new() { ["key"] = key, ["Rating"] = "4", ["Comment"] = "جواب واضح" }, postUrl: link.Replace("?", "?handler=Rate&", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        var closed = await app.WithDb(db => db.Cases.SingleAsync(x => x.Id == c.Id));
        Assert.Equal((CaseStatus.Closed, 4, "جواب واضح"), (closed.Status, closed.Rating!.Value, closed.RatingComment));

        var again = await requester.Submit(link, new() { ["key"] = key, ["Message"] = "لدي سؤال إضافي" }, postUrl: link.Replace("?", "?handler=Reply&", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var reopened = await app.WithDb(db => db.Cases.SingleAsync(x => x.Id == c.Id));
        Assert.Equal(CaseStatus.Open, reopened.Status);
        Assert.NotNull(reopened.NextDueAt);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_desk_is_closed_to_associations_and_advisers_see_only_their_queues(string provider)
    {
        var app = Databases.App(provider);
        var (_, c) = await Ask(app, "سؤال قانوني " + Guid.NewGuid().ToString("N")[..6]);
        var officer = await Browser.SignedIn(app, $"president1@{DemoData.Domain}");
        Assert.NotEqual(HttpStatusCode.OK, (await officer.Get("/support/desk")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await officer.Get($"/support/desk/cases/{c.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.Get($"/support/cases/{c.Reference}")).StatusCode);

        // The legal queue's advisers (the lawyer and the adviser) see it; a new adviser outside the queue does not.
        var lawyer = await Browser.SignedIn(app, $"lawyer@{DemoData.Domain}");
        Assert.Equal(HttpStatusCode.OK, (await lawyer.Get($"/support/desk/cases/{c.Id}")).StatusCode);
        var outsider = await Advisers.New(app);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Get($"/support/desk/cases/{c.Id}")).StatusCode);
        var forged = await outsider.Submit("/support/desk", new() { ["Body"] = "x" }, postUrl: $"/support/desk/cases/{c.Id}?handler=Write");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_signed_in_requester_sees_their_questions_and_nobody_else_s(string provider)
    {
        var app = Databases.App(provider);
        var president = await Browser.SignedIn(app, $"president2@{DemoData.Domain}");
        var subject = "سؤال الرئيس " + Guid.NewGuid().ToString("N")[..6];
        var form = await president.Html("/support");
        Assert.Contains($"president2@{DemoData.Domain}", form, StringComparison.Ordinal);
        var fields = Question(subject, $"president2@{DemoData.Domain}");
        var response = await president.Submit("/support", fields);
        var reference = ReferencePattern().Match(response.Headers.Location!.OriginalString).Value;
        Assert.Contains(subject, await president.Html("/support/mine"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await president.Get($"/support/cases/{reference}")).StatusCode);
        var other = await Browser.SignedIn(app, $"president3@{DemoData.Domain}");
        Assert.DoesNotContain(subject, await other.Html("/support/mine"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Get($"/support/cases/{reference}")).StatusCode);
    }

    [GeneratedRegex("/support/cases/SC-[^ \\n]+")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("SC-[0-9]{4}-[0-9]{6}")]
    private static partial Regex ReferencePattern();
}
