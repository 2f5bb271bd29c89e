using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Associations;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Workspace.Governance;
using Nassij.Web.Features.Workspace.Members;

namespace Nassij.Tests.Workspace;

public sealed class AttendanceTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Members_are_ticked_by_name_proxies_are_limited_and_a_member_checks_in_with_the_QR_code(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, member, memberId) = await MeTests.MemberOnRecord(app);
        var (meetingId, others) = await app.WithDb(async db =>
        {
            var names = new[] { "Hassan Amrani", "Karima Amrani", "Nabil Amrani" };
            var added = names.Select(n => new Member { AssociationId = id, NameLatin = n, ConsentPurpose = "x", JoinedOn = new DateOnly(2024, 1, 1) }).ToList();
            added.ForEach(m => m.Refresh());
            db.Members.AddRange(added);
            var meeting = new Meeting
            {
                AssociationId = id,
                Body = BodyKind.GeneralAssembly,
                Place = "Siège",
                Agenda = "Rapport moral",
                StartsAt = TestClock.Now.AddHours(-1),
                Status = MeetingStatus.Convened,
            };
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return (meeting.Id, added.Select(m => m.Id).ToArray());
        });
        var page = $"/workspace/{id}/meetings/{meetingId}/attendance";
        var html = await officer.Html($"{page}?q=amrani");
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(html, "data-testid=\"found-member\""));
        Assert.Contains("data:image/png;base64,", html, StringComparison.Ordinal);

        string Id(int value) => value.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.Submit(page, new() { ["memberId"] = Id(others[0]) })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.Submit(page, new() { ["memberId"] = Id(others[1]), ["holderId"] = Id(others[0]) })).StatusCode);
        var full = await officer.Submit(page, new() { ["memberId"] = Id(others[2]), ["holderId"] = Id(others[0]) });
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Contains("validation-summary-errors", await full.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var absentHolder = await officer.Submit(page, new() { ["memberId"] = Id(others[2]), ["holderId"] = Id(others[1]) });
        Assert.Equal(HttpStatusCode.OK, absentHolder.StatusCode);

        var code = await app.WithDb(db => db.Set<MeetingCheckIn>().Where(c => c.MeetingId == meetingId).Select(c => c.Code).SingleAsync());
        var checkIn = $"/workspace/{id}/meetings/{meetingId}/check-in";
        Assert.Equal(HttpStatusCode.NotFound, (await member.Get($"{checkIn}?code=WRONG")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await member.Submit($"{checkIn}?code={code}", [], postUrl: $"{checkIn}?code={code}")).StatusCode);
        Assert.Contains("data-testid=\"checked-in\"", await member.Html($"{checkIn}?code={code}"), StringComparison.Ordinal);
        var meeting = await app.WithDb(db => db.Meetings.SingleAsync(m => m.Id == meetingId));
        Assert.Equal((2, 1), (meeting.Present ?? 0, meeting.Represented ?? 0));
        Assert.Equal(CheckIn.QrCode, await app.WithDb(db => db.Set<MeetingAttendee>().Where(a => a.MemberId == memberId).Select(a => a.Via).SingleAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await officer.Submit(page, new() { ["memberId"] = Id(others[0]) }, postUrl: page + "?handler=Remove")).StatusCode);
        meeting = await app.WithDb(db => db.Meetings.SingleAsync(m => m.Id == meetingId));
        Assert.Equal((1, 0), (meeting.Present ?? 0, meeting.Represented ?? 0));

        var (outsider, _, _) = await Registration.NewAssociation(app);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Get(page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Get($"{checkIn}?code={code}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.Get(page)).StatusCode);
    }
}
