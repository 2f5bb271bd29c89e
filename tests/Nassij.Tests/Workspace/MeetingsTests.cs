using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Associations;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Workspace.Governance;

namespace Nassij.Tests.Workspace;

public sealed class MeetingsTests
{
    private static readonly DateOnly Today = TestClock.Today;

    private static Dictionary<string, string> Assembly(DateOnly on) => new()
    {
        ["Input.Body"] = "GeneralAssembly",
        ["Input.Kind"] = "Ordinary",
        ["Input.StartsAt"] = on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T10:00",
        ["Input.Place"] = "Maison des jeunes, Agadir",
        ["Input.Agenda"] = "Rapport moral\nRapport financier\nRenouvellement du bureau",
    };

    private static async Task Member(Browser officer, int id, string name, string? email, string? phone) =>
        Assert.Equal(HttpStatusCode.Redirect, (await officer.Submit($"/workspace/{id}/members/new", new()
        {
            ["Input.NameLatin"] = name,
            ["Input.Email"] = email ?? "",
            ["Input.Phone"] = phone ?? "",
            ["Input.Category"] = "Active",
            ["Input.Status"] = "Active",
            ["Input.JoinedOn"] = TestClock.Day(-730),
            ["Input.Consent"] = "true",
            ["Input.ConsentPurpose"] = "Adhésions",
            ["Version"] = "0",
        })).StatusCode);

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_general_assembly_is_convened_by_e_mail_and_text_message_within_the_notice_period(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        var tag = Guid.NewGuid().ToString("N")[..8];
        await Member(officer, id, "Avec Courriel", $"ga.{tag}@example.ma", null);
        await Member(officer, id, "Avec Telephone", null, $"0677{Random.Shared.Next(100000, 999999)}");
        Assert.Contains("/meetings/new", await officer.Html($"/workspace/{id}"), StringComparison.Ordinal);

        var planned = await officer.Submit($"/workspace/{id}/meetings/new", Assembly(Today.AddDays(30)));
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        var page = planned.Headers.Location!.OriginalString;
        var convened = await officer.Submit(page, [], postUrl: page + "?handler=Convene");
        Assert.Equal(HttpStatusCode.Redirect, convened.StatusCode);

        var meetingId = int.Parse(page.Split('/')[^1], CultureInfo.InvariantCulture);
        var meeting = await app.WithDb(db => db.Meetings.SingleAsync(m => m.Id == meetingId));
        Assert.Equal((MeetingStatus.Convened, 2), (meeting.Status, meeting.Convoked));
        var mail = await app.WithDb(db => db.OutboxMessages.SingleAsync(m => m.To == $"ga.{tag}@example.ma"));
        Assert.Contains("Renouvellement du bureau", mail.Body, StringComparison.Ordinal);
        Assert.Contains(app.Sms.Sent, s => s.Text.Contains("Maison des jeunes, Agadir", StringComparison.Ordinal));
        var key = meetingId.ToString(CultureInfo.InvariantCulture);
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.Action == "meeting.convened" && e.EntityId == key)));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_meeting_too_close_for_the_statutes_notice_is_not_convened(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        var planned = await officer.Submit($"/workspace/{id}/meetings/new", Assembly(Today.AddDays(5)));
        var page = planned.Headers.Location!.OriginalString;
        var refused = await officer.Submit(page, [], postUrl: page + "?handler=Convene");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("فات أجل الاستدعاء لهذا الاجتماع: يشترط النظام الأساسي 15 يوما", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var meetingId = int.Parse(page.Split('/')[^1], CultureInfo.InvariantCulture);
        Assert.Equal(MeetingStatus.Planned, await app.WithDb(db => db.Meetings.Where(m => m.Id == meetingId).Select(m => m.Status).SingleAsync()));

        var past = await officer.Submit($"/workspace/{id}/meetings/new", Assembly(Today.AddDays(-3)));
        Assert.Equal(HttpStatusCode.OK, past.StatusCode);
        Assert.Contains("Input_StartsAt-error", await past.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_statutes_rules_are_kept_and_checked_and_only_the_association_s_officers_see_its_meetings(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        var fields = new Dictionary<string, string>();
        foreach (var (i, body) in new[] { (0, "GeneralAssembly"), (1, "Board") })
        {
            fields[$"Bodies[{i}].Body"] = body;
            fields[$"Bodies[{i}].NoticeDays"] = "21";
            fields[$"Bodies[{i}].OrdinaryQuorumPercent"] = "50";
            fields[$"Bodies[{i}].ExtraordinaryQuorumPercent"] = "75";
            fields[$"Bodies[{i}].SecondCallAfterDays"] = "15";
            fields[$"Bodies[{i}].OrdinaryMajorityPercent"] = "50";
            fields[$"Bodies[{i}].ExtraordinaryMajorityPercent"] = "67";
            fields[$"Bodies[{i}].TermYears"] = "3";
            fields[$"Bodies[{i}].MaxProxiesPerMember"] = "2";
        }

        fields["Bodies[0].TermYears"] = "40";
        var refused = await officer.Submit($"/workspace/{id}/meetings/rules", fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Bodies_0__TermYears-error", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        fields["Bodies[0].TermYears"] = "3";
        Assert.Equal(HttpStatusCode.Redirect, (await officer.Submit($"/workspace/{id}/meetings/rules", fields)).StatusCode);
        var rules = await app.WithDb(db => db.BodyRules.SingleAsync(r => r.AssociationId == id && r.Body == BodyKind.GeneralAssembly));
        Assert.Equal((21, 75, 3, 2), (rules.NoticeDays, rules.ExtraordinaryQuorumPercent, rules.TermYears, rules.MaxProxiesPerMember));

        var planned = await officer.Submit($"/workspace/{id}/meetings/new", Assembly(Today.AddDays(30)));
        var page = planned.Headers.Location!.OriginalString;
        var (outsider, outsiderId, _) = await Registration.NewAssociation(app);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Get($"/workspace/{id}/meetings")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Get(page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Submit($"/workspace/{outsiderId}/meetings/new", [], postUrl: page + "?handler=Convene")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Get($"/workspace/{id}/meetings/rules")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task On_the_day_the_assembly_counts_its_quorum_votes_and_gets_bilingual_minutes(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        var meetingId = await app.WithDb(async db =>
        {
            var meeting = new Meeting { AssociationId = id, Body = BodyKind.GeneralAssembly, Kind = MeetingKind.Ordinary, StartsAt = TestClock.Now.AddMinutes(-1), Place = "Salle communale", Agenda = "Rapport moral\nRapport financier", Status = MeetingStatus.Convened, ConvokedAt = TestClock.Now.AddDays(-20), CreatedAt = TestClock.Now.AddDays(-21) };
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
        var page = $"/workspace/{id}/meetings/{meetingId}";
        var tooMany = await officer.Submit(page, new() { ["entitled"] = "40", ["present"] = "30", ["represented"] = "15" }, postUrl: page + "?handler=Attendance");
        Assert.Equal(HttpStatusCode.OK, tooMany.StatusCode);
        var early = await officer.Submit(page, new() { ["resolution"] = "Approuver", ["votesFor"] = "1" }, postUrl: page + "?handler=Resolve");
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.False(await app.WithDb(db => db.Resolutions.AnyAsync(r => r.MeetingId == meetingId)));

        Assert.Equal(HttpStatusCode.Redirect, (await officer.Submit(page, new() { ["entitled"] = "40", ["present"] = "18", ["represented"] = "3" }, postUrl: page + "?handler=Attendance")).StatusCode);
        Assert.Contains("data-testid=\"quorum\"", await officer.Html(page), StringComparison.Ordinal);
        await officer.Submit(page, new() { ["resolution"] = "Approbation du rapport moral", ["votesFor"] = "15", ["votesAgainst"] = "4", ["abstain"] = "2" }, postUrl: page + "?handler=Resolve");
        await officer.Submit(page, new() { ["resolution"] = "Augmentation de la cotisation", ["votesFor"] = "8", ["votesAgainst"] = "10", ["abstain"] = "3" }, postUrl: page + "?handler=Resolve");
        var outcomes = await app.WithDb(db => db.Resolutions.Where(r => r.MeetingId == meetingId).OrderBy(r => r.Number).Select(r => r.Passed).ToListAsync());
        Assert.Equal([true, false], outcomes);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.Submit(page, [], postUrl: page + "?handler=Close")).StatusCode);

        var minutes = await officer.Get(page + "?handler=Minutes");
        Assert.Equal(HttpStatusCode.OK, minutes.StatusCode);
        if (minutes.Content.Headers.ContentType?.MediaType == "application/pdf")
        {
            var text = await Pdfs.Text(await minutes.Content.ReadAsByteArrayAsync());
            Assert.Contains("Approbation du rapport moral", text, StringComparison.Ordinal);
            Assert.Contains("Procès-verbal", text, StringComparison.Ordinal);
            Assert.Contains("محضر", text, StringComparison.Ordinal);
        }

        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.Action == "meeting.held")));
        var (outsider, _, _) = await Registration.NewAssociation(app);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Get(page + "?handler=Minutes")).StatusCode);
    }
}
