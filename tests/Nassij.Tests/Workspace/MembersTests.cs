using System.Net;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Associations;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Platform.Security;

namespace Nassij.Tests.Workspace;

public sealed partial class MembersTests
{
    private static Dictionary<string, string> Member(string nameAr, string? nationalId = null) => new()
    {
        ["Input.NameAr"] = nameAr,
        ["Input.NameLatin"] = "Ahmed Test",
        ["Input.NationalId"] = nationalId ?? "",
        ["Input.Phone"] = "0612345678",
        ["Input.Category"] = "Active",
        ["Input.Status"] = "Active",
        ["Input.JoinedOn"] = "2026-01-15",
        ["Input.Consent"] = "true",
        ["Input.ConsentPurpose"] = "Gestion des adhésions",
        ["Version"] = "0",
    };

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_officer_adds_a_member_and_finds_them_typed_without_hamza(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        var response = await officer.Submit($"/workspace/{id}/members/new", Member("أحمد الإدريسي"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await officer.Html($"/workspace/{id}/members?q=" + Uri.EscapeDataString("احمد الادريسي"));
        Assert.Contains("أحمد الإدريسي", list, StringComparison.Ordinal);
        var saved = await app.WithDb(db => db.Members.SingleAsync(m => m.AssociationId == id));
        Assert.Equal("Gestion des adhésions", saved.ConsentPurpose);
        var entry = await app.WithDb(db => db.AuditEntries.SingleAsync(e => e.Action == "member.added" && e.EntityId == saved.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.DoesNotContain("أحمد", entry.After ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Without_a_name_or_consent_the_form_says_so_and_keeps_the_rest(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        var fields = Member("");
        fields["Input.NameLatin"] = "";
        fields["Input.Consent"] = "false";
        var response = await officer.Submit($"/workspace/{id}/members/new", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("أدخل الاسم بالحروف العربية أو اللاتينية.", html, StringComparison.Ordinal);
        Assert.Contains("سجّل موافقة العضو قبل حفظ معطياته.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"0612345678\"", html, StringComparison.Ordinal);
        Assert.False(await app.WithDb(db => db.Members.AnyAsync(m => m.AssociationId == id)));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_same_national_id_twice_is_refused_next_to_the_field(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.Submit($"/workspace/{id}/members/new", Member("سعاد", "AB12345"))).StatusCode);
        var again = await officer.Submit($"/workspace/{id}/members/new", Member("سعاد ثانية", "ab12345"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("يوجد عضو آخر بنفس رقم البطاقة الوطنية.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Another_association_s_officers_and_plain_members_see_nothing(string provider)
    {
        var app = Databases.App(provider);
        var (officerA, idA, _) = await Registration.NewAssociation(app);
        await officerA.Submit($"/workspace/{idA}/members/new", Member("عضو سري"));
        var memberId = await app.WithDb(db => db.Members.Where(m => m.AssociationId == idA).Select(m => m.Id).SingleAsync());
        var (officerB, _, _) = await Registration.NewAssociation(app);

        Assert.Equal(HttpStatusCode.NotFound, (await officerB.Get($"/workspace/{idA}/members")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officerB.Get($"/workspace/{idA}/members/{memberId}")).StatusCode);
        var forged = await officerB.Submit("/associations/register", Member("تغيير"), postUrl: $"/workspace/{idA}/members/{memberId}");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);

        var plainEmail = await Accounts.People.NewConfirmedPerson(app);
        await app.WithDb(async db =>
        {
            var personId = await db.Users.Where(u => u.Email == plainEmail).Select(u => u.Id).SingleAsync();
            db.RoleGrants.Add(new RoleGrant { PersonId = personId, AssociationId = idA, Role = Role.Member });
            return await db.SaveChangesAsync();
        });
        var plain = await Browser.SignedIn(app, plainEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await plain.Get($"/workspace/{idA}/members")).StatusCode);
        Assert.Equal("عضو سري", await app.WithDb(db => db.Members.Where(m => m.Id == memberId).Select(m => m.NameAr).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_officer_edits_a_member_and_a_stale_edit_is_refused(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        await officer.Submit($"/workspace/{id}/members/new", Member("كريم"));
        var memberId = await app.WithDb(db => db.Members.Where(m => m.AssociationId == id).Select(m => m.Id).SingleAsync());
        var edit = Member("كريم التازي");
        Assert.Equal(HttpStatusCode.Redirect, (await officer.Submit($"/workspace/{id}/members/{memberId}", edit)).StatusCode);
        var stale = Member("كريم قديم");
        var response = await officer.Submit($"/workspace/{id}/members/{memberId}", stale);
        Assert.True(response.StatusCode == HttpStatusCode.OK, (await response.Content.ReadAsStringAsync())[..3000]);
        Assert.Equal("كريم التازي", await app.WithDb(db => db.Members.Where(m => m.Id == memberId).Select(m => m.NameAr).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_list_pages_forward_and_back_in_name_order_without_gaps_or_repeats(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        await app.WithDb(db =>
        {
            // Namesakes too: the order is by name, then by number.
            for (var i = 0; i < 60; i++)
            {
                var member = new Nassij.Web.Features.Workspace.Members.Member { AssociationId = id, NameLatin = $"Membre {i % 20:00}", ConsentPurpose = "test", JoinedOn = new DateOnly(2025, 1, 1) };
                member.Refresh();
                db.Members.Add(member);
            }

            return db.SaveChangesAsync();
        });
        var expected = await app.WithDb(db => db.Members.Where(m => m.AssociationId == id).OrderBy(m => m.SortName).ThenBy(m => m.Id).Select(m => m.Id).ToListAsync());

        var seen = new List<int>();
        var url = $"/workspace/{id}/members";
        var pages = new List<string>();
        while (true)
        {
            var html = await officer.Html(url);
            pages.Add(url);
            seen.AddRange(MemberIds().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
            var next = NextLink().Match(html);
            if (!next.Success)
            {
                break;
            }

            url = $"/workspace/{id}/members" + System.Net.WebUtility.HtmlDecode(next.Groups[1].Value);
        }

        Assert.Equal(expected, seen);
        Assert.Equal(3, pages.Count);
        Assert.Contains("after=", pages[2], StringComparison.Ordinal);
        var back = PreviousLink().Match(await officer.Html(pages[2]));
        var previousPage = await officer.Html($"/workspace/{id}/members" + System.Net.WebUtility.HtmlDecode(back.Groups[1].Value));
        Assert.Equal(expected.Skip(25).Take(25), MemberIds().Matches(previousPage).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [System.Text.RegularExpressions.GeneratedRegex("href=\"/workspace/\\d+/members/(\\d+)\"")]
    private static partial System.Text.RegularExpressions.Regex MemberIds();

    [System.Text.RegularExpressions.GeneratedRegex("href=\"(\\?[^\"]*)\" rel=\"next\"")]
    private static partial System.Text.RegularExpressions.Regex NextLink();

    [System.Text.RegularExpressions.GeneratedRegex("href=\"(\\?[^\"]*)\" rel=\"prev\"")]
    private static partial System.Text.RegularExpressions.Regex PreviousLink();
}
