using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Associations;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Workspace.Members;

namespace Nassij.Tests.Workspace;

public sealed partial class MemberSearchTests
{
    private static async Task<List<int>> Seed(NassijFactory app, int associationId, params (string Ar, string Latin, string? Phone)[] people) =>
        await app.WithDb(async db =>
        {
            var members = people.Select(p => new Member { AssociationId = associationId, NameAr = p.Ar, NameLatin = p.Latin, Phone = p.Phone, ConsentPurpose = "test", JoinedOn = new DateOnly(2025, 1, 1) }).ToList();
            foreach (var member in members)
            {
                member.Refresh();
            }

            db.Members.AddRange(members);
            await db.SaveChangesAsync();
            return members.Select(m => m.Id).ToList();
        });

    private static List<int> Ids(string html) =>
        [.. MemberIds().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_name_search_pages_through_its_matches_in_name_order_and_another_association_s_namesakes_stay_out(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        var (_, otherId, _) = await Registration.NewAssociation(app);
        await Seed(app, id, [.. Enumerable.Range(0, 30).Select(i => ("فاطمة بناني", $"Fatima Bennani {i % 7}", (string?)null))]);
        await Seed(app, id, [.. Enumerable.Range(0, 10).Select(i => ("فاطمة التازي", "Fatima Tazi", (string?)null))]);
        await Seed(app, otherId, ("فاطمة بناني", "Fatima Bennani", null));
        var expected = await app.WithDb(db => db.Members.Where(m => m.AssociationId == id && m.NameAr == "فاطمة بناني")
            .OrderBy(m => m.SortName).ThenBy(m => m.Id).Select(m => m.Id).ToListAsync());

        var first = await officer.Html($"/workspace/{id}/members?q=" + Uri.EscapeDataString("فاطمه بناني"));
        var next = NextLink().Match(first);
        Assert.True(next.Success);
        var second = await officer.Html($"/workspace/{id}/members" + System.Net.WebUtility.HtmlDecode(next.Groups[1].Value));

        Assert.Equal(expected, [.. Ids(first), .. Ids(second)]);
        Assert.False(NextLink().Match(second).Success);
        // The same search in Latin letters, any case and accents, finds the same people.
        Assert.Equal(expected.Take(25), Ids(await officer.Html($"/workspace/{id}/members?q=" + Uri.EscapeDataString("BENNANÍ fatima"))));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_name_typed_in_part_or_a_phone_in_international_form_is_still_found(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        var ids = await Seed(app, id, ("نادية العمراني", "Nadia Amrani", "06 61 22 33 44"), ("سعيد", "Said Alaoui", null));

        Assert.Equal([ids[0]], Ids(await officer.Html($"/workspace/{id}/members?q=amra")));
        Assert.Equal([ids[0]], Ids(await officer.Html($"/workspace/{id}/members?q=" + Uri.EscapeDataString("+212661223344"))));
        Assert.Equal([ids[0]], Ids(await officer.Html($"/workspace/{id}/members?q=" + Uri.EscapeDataString("عمراني"))));
        Assert.Empty(Ids(await officer.Html($"/workspace/{id}/members?q=" + Uri.EscapeDataString("نادية علوي"))));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_renamed_member_is_found_by_the_new_name_only_and_the_api_searches_the_same_way(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        var memberId = (await Seed(app, id, ("كريم", "Karim Chraibi", null)))[0];
        await app.WithDb(async db =>
        {
            var member = await db.Members.SingleAsync(m => m.Id == memberId);
            member.NameLatin = "Karim Kettani";
            member.Refresh();
            return await db.SaveChangesAsync();
        });

        Assert.Empty(Ids(await officer.Html($"/workspace/{id}/members?q=chraibi")));
        Assert.Equal([memberId], Ids(await officer.Html($"/workspace/{id}/members?q=kettani")));
        var api = await officer.Get($"/api/workspace/{id}/members?q=kettani");
        Assert.Contains("\"Karim Kettani\"", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["karim", "kettani", "كريم"], (await app.WithDb(db => db.MemberWords.Where(w => w.MemberId == memberId).Select(w => w.Word).ToListAsync())).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Members_saved_before_the_word_index_get_their_words_at_start(string provider)
    {
        var app = Databases.App(provider);
        var (_, id, _) = await Registration.NewAssociation(app);
        var memberId = (await Seed(app, id, ("هند", "Hind Berrada", null)))[0];
        await app.WithDb(db => db.MemberWords.Where(w => w.MemberId == memberId).ExecuteDeleteAsync());

        await app.WithDb(async db =>
        {
            await MemberWords.Backfill(db);
            return true;
        });

        Assert.Equal(["berrada", "hind", "هند"], (await app.WithDb(db => db.MemberWords.Where(w => w.MemberId == memberId).Select(w => w.Word).ToListAsync())).Order(StringComparer.Ordinal));
    }

    [System.Text.RegularExpressions.GeneratedRegex("href=\"/workspace/\\d+/members/(\\d+)\"")]
    private static partial System.Text.RegularExpressions.Regex MemberIds();

    [System.Text.RegularExpressions.GeneratedRegex("href=\"(\\?[^\"]*)\" rel=\"next\"")]
    private static partial System.Text.RegularExpressions.Regex NextLink();
}
