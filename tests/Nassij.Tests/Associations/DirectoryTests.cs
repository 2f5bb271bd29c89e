using System.Net;
using System.Text.Json;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Associations;

namespace Nassij.Tests.Associations;

public sealed class DirectoryTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_arabic_query_typed_without_hamza_or_ta_marbuta_finds_the_association(string provider)
    {
        var html = await Browser.Open(Databases.App(provider)).Html("/associations?q=" + Uri.EscapeDataString("جمعيه الامل"));
        Assert.Contains("جمعية الأمل للتنمية والتضامن", html, StringComparison.Ordinal);
        Assert.DoesNotContain("جمعية الرباط للقراءة", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_latin_query_without_accents_finds_fes(string provider)
    {
        var html = await Browser.Open(Databases.App(provider), "fr").Html("/associations?q=citoyennete+FES");
        Assert.Contains("Association Espace Citoyenneté de Fès", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Associations_waiting_for_verification_are_not_public(string provider)
    {
        var app = Databases.App(provider);
        var html = await Browser.Open(app).Html("/associations?q=" + Uri.EscapeDataString("إشراق"));
        Assert.DoesNotContain("جمعية إشراق للتربية", html, StringComparison.Ordinal);
        var pendingId = await app.WithDb(db => Task.FromResult(db.Associations.Single(a => a.NameFr == "Association Ichraq pour l'éducation").Id));
        Assert.Equal(HttpStatusCode.NotFound, (await Browser.Open(app).Get($"/associations/{pendingId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Browser.Open(app).Get($"/api/associations/{pendingId}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Filters_by_region_and_by_domain(string provider)
    {
        var browser = Browser.Open(Databases.App(provider), "fr");
        var souss = await browser.Html("/associations?region=09");
        Assert.Contains("جمعية أصدقاء البيئة بأكادير", souss, StringComparison.Ordinal);
        Assert.DoesNotContain("Rabat Lecture", souss, StringComparison.Ordinal);
        var health = await browser.Html("/associations?domain=Health");
        Assert.Contains("Laâyoune Santé", health, StringComparison.Ordinal);
        Assert.DoesNotContain("Rabat Lecture", health, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_api_answers_the_same_search_in_json_with_arabic_unescaped(string provider)
    {
        var response = await Browser.Open(Databases.App(provider)).Get("/api/associations?q=" + Uri.EscapeDataString("الامل"));
        var json = await response.Content.ReadAsStringAsync();
        Assert.Contains("جمعية الأمل", json, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);
        Assert.True(doc.RootElement.GetProperty("items").GetArrayLength() >= 1);
        Assert.False(doc.RootElement.GetProperty("hasNext").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Pages_follow_each_other_in_name_order_without_overlap(string provider)
    {
        var app = Databases.App(provider);
        var tag = "pg" + Guid.NewGuid().ToString("N")[..8];
        await app.WithDb(async db =>
        {
            var now = TestClock.Now;
            var added = Enumerable.Range(1, 25).Select(i => new Association
            {
                NameAr = $"جمعية {tag} {i:D2}",
                NameFr = $"Association {tag} {i:D2}",
                Address = "x",
                RegionCode = "06",
                ProvinceCode = "06.141",
                Status = VerificationStatus.Verified,
                CreatedAt = now,
            }).ToList();
            added.ForEach(a => a.RefreshSearchKey());
            db.Associations.AddRange(added);
            await db.SaveChangesAsync();
            foreach (var a in added)
            {
                await DirectoryWords.Refresh(db, a);
            }

            return await db.SaveChangesAsync();
        });

        var browser = Browser.Open(app);
        // The word index (a whole word) and the substring fallback (part of a word) page alike.
        foreach (var query in new[] { tag, tag[..7] })
        {
            var first = await JsonDocument.ParseAsync(await (await browser.Get($"/api/associations?q={query}&page=1")).Content.ReadAsStreamAsync());
            var second = await JsonDocument.ParseAsync(await (await browser.Get($"/api/associations?q={query}&page=2")).Content.ReadAsStreamAsync());
            var firstNames = first.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("nameAr").GetString()!).ToList();
            var secondNames = second.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("nameAr").GetString()!).ToList();
            Assert.True(first.RootElement.GetProperty("hasNext").GetBoolean());
            Assert.False(second.RootElement.GetProperty("hasNext").GetBoolean());
            Assert.Equal(20, firstNames.Count);
            Assert.Equal(5, secondNames.Count);
            Assert.Equal(Enumerable.Range(1, 25).Select(i => $"جمعية {tag} {i:D2}"), firstNames.Concat(secondNames));
        }

        var html = await browser.Html($"/associations?q={tag}");
        Assert.Contains($"href=\"?q={tag}&amp;p=2\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_public_page_shows_the_profile_and_the_60_day_rule(string provider)
    {
        var app = Databases.App(provider);
        var id = await app.WithDb(db => Task.FromResult(db.Associations.Single(a => a.NameFr == "Association Rabat Lecture").Id));
        var html = await Browser.Open(app).Html($"/associations/{id}");
        Assert.Contains("جمعية الرباط للقراءة", html, StringComparison.Ordinal);
        Assert.Contains("ظهير 1958", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/files/", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_word_with_another_article_or_typed_in_part_still_finds_the_name(string provider)
    {
        var browser = Browser.Open(Databases.App(provider));
        Assert.Contains("جمعية الأمل للتنمية والتضامن", await browser.Html("/associations?q=" + Uri.EscapeDataString("التنمية امل")), StringComparison.Ordinal);
        Assert.Contains("جمعية الأمل للتنمية والتضامن", await browser.Html("/associations?q=" + Uri.EscapeDataString("تضام")), StringComparison.Ordinal);
        // A word every name has narrows nothing: the list is not emptied by it.
        Assert.Contains("class=\"list-unstyled result-list\"", await browser.Html("/associations?q=" + Uri.EscapeDataString("جمعية")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_verified_association_renamed_by_its_officers_is_found_by_its_new_name(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        var staff = await Browser.SignedIn(app, $"admin@{Web.Features.Demo.DemoData.Domain}");
        await staff.Submit($"/staff/verification/{id}", new() { ["Verdict"] = "Verify" });
        var tag = Guid.NewGuid().ToString("N")[..10];
        var fields = Registration.Fields($"جمعية {tag}", $"Association Renommee {tag}");
        fields["Version"] = (await app.WithDb(db => Task.FromResult(db.Associations.Single(a => a.Id == id).Version))).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.Submit($"/my/associations/{id}/edit", fields)).StatusCode);
        var html = await Browser.Open(app, "fr").Html($"/associations?q=renommee+{tag}");
        Assert.Contains($"Association Renommee {tag}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_directory()
    {
        var json = await Browser.Open(Databases.App(Databases.Sqlite)).Client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/associations", json, StringComparison.Ordinal);
        Assert.Contains("SearchAssociations", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_reference_page_loads_nothing_from_another_site()
    {
        var browser = Browser.Open(Databases.App(Databases.Sqlite));
        var response = await browser.Get("/api/reference/");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("scalar.js", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("(src|href)=\"https?://", html);
    }
}
