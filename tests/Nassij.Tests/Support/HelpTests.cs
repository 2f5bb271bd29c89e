using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Demo;
using Nassij.Web.Features.Support.Help;

namespace Nassij.Tests.Support;

public sealed class HelpTests
{
    [Fact]
    public void The_starter_knowledge_base_has_ten_articles_and_five_model_documents_each_with_its_law_in_both_languages()
    {
        var all = HelpContent.All(DateTimeOffset.UnixEpoch);
        Assert.True(all.Count(a => a.Kind == ArticleKind.Article) >= 10);
        Assert.True(all.Count(a => a.Kind == ArticleKind.ModelDocument) >= 5);
        Assert.All(all, a =>
        {
            Assert.False(string.IsNullOrWhiteSpace(a.BodyAr), a.Slug);
            Assert.False(string.IsNullOrWhiteSpace(a.BodyFr), a.Slug);
            Assert.Matches("[0-9]", a.LegalBasisAr);
            Assert.Matches("[0-9]", a.LegalBasisFr);
        });
        Assert.Equal(all.Count, all.Select(a => a.Slug).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Search_finds_articles_typed_without_hamza_or_accents(string provider)
    {
        var app = Databases.App(provider);
        var arabic = await Browser.Open(app).Html("/help?q=" + Uri.EscapeDataString("التصريح بالتغييرات"));
        Assert.Contains("/help/declaring-changes", arabic, StringComparison.Ordinal);
        var french = await Browser.Open(app, "fr").Html("/help?q=" + Uri.EscapeDataString("declarer financement etranger"));
        Assert.Contains("/help/foreign-funding", french, StringComparison.Ordinal);
        Assert.Contains("Déclarer un financement étranger", french, StringComparison.Ordinal);
        var documents = await Browser.Open(app).Html("/help/documents");
        Assert.Contains("/help/model-statutes", documents, StringComparison.Ordinal);
        Assert.DoesNotContain("/help/foreign-funding", documents, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_article_shows_its_legal_basis_counts_views_and_takes_one_vote_per_reader(string provider)
    {
        var app = Databases.App(provider);
        var reader = Browser.Open(app, "fr");
        var before = await app.WithDb(db => db.Articles.Where(a => a.Slug == "general-assembly").Select(a => new { a.Views, a.Useful }).SingleAsync());
        var page = await reader.Html("/help/general-assembly");
        Assert.Contains("Dahir n° 1-58-376", page, StringComparison.Ordinal);
        Assert.Contains("<h2>Avant l", page, StringComparison.Ordinal);
        await reader.Submit("/help/general-assembly", new() { ["useful"] = "true" }, postUrl: "/help/general-assembly?handler=Vote");
        Assert.DoesNotContain("handler=Vote", await reader.Html("/help/general-assembly"), StringComparison.Ordinal);
        await reader.Submit("/support", new() { ["useful"] = "true" }, postUrl: "/help/general-assembly?handler=Vote");
        var after = await app.WithDb(db => db.Articles.Where(a => a.Slug == "general-assembly").Select(a => new { a.Views, a.Useful }).SingleAsync());
        Assert.True(after.Views >= before.Views + 3);
        Assert.Equal(before.Useful + 1, after.Useful);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Get("/help/no-such-article")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Article_markdown_cannot_run_script(string provider)
    {
        var app = Databases.App(provider);
        await app.WithDb(async db =>
        {
            var a = HelpContent.Parse("slug: xss-test\nkind: Article\ncategory: Digital\ntitle.ar: ت\ntitle.fr: t\nsummary.ar: م\nsummary.fr: s\nbasis.ar: 1\nbasis.fr: 1\n--- ar\n<script>alert(1)</script>\n[x](javascript:alert(2))\n--- fr\n<img src=x onerror=alert(3)>", DateTimeOffset.UnixEpoch);
            db.Articles.Add(a);
            return await db.SaveChangesAsync();
        });
        var page = await Browser.Open(app).Html("/help/xss-test");
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", await Browser.Open(app, "fr").Html("/help/xss-test"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_api_suggests_articles_for_a_sentence_in_the_reader_s_language(string provider)
    {
        var app = Databases.App(provider);
        var arabic = await Browser.Open(app).Client.GetFromJsonAsync<List<ArticleSummary>>("/api/help/articles?take=5&q=" + Uri.EscapeDataString("كيف نجدد المكتب المسير"));
        Assert.Contains(arabic!, a => a.Slug == "board-renewal" && a.Title == "تجديد المكتب المسير");
        var french = await Browser.Open(app, "fr").Client.GetFromJsonAsync<ArticleFull>("/api/help/articles/foreign-funding");
        Assert.Equal("Déclarer un financement étranger dans les 30 jours", french!.Title);
        Assert.Contains("32 bis", french.LegalBasis, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_model_document_downloads_as_text_and_as_a_printable_document(string provider)
    {
        var app = Databases.App(provider);
        var text = await Browser.Open(app, "fr").Client.GetStringAsync("/help/documents/convocation-general-assembly.txt");
        Assert.Contains("Ordre du jour", text, StringComparison.Ordinal);
        var pdf = await Browser.Open(app, "fr").Get("/help/documents/model-statutes.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var content = await pdf.Content.ReadAsByteArrayAsync();
        var words = pdf.Content.Headers.ContentType!.MediaType == "application/pdf" ? await Pdfs.Text(content) : System.Text.Encoding.UTF8.GetString(content);
        Assert.Contains("Assemblée générale ordinaire", words, StringComparison.Ordinal);
        // The model's Markdown is laid out, not printed as tags.
        Assert.DoesNotContain("<p>", words, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>", words, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Browser.Open(app).Get("/help/documents/foreign-funding.pdf")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_model_document_is_printed_once_per_content_and_language(string provider)
    {
        var app = Databases.App(provider);
        const string Url = "/help/documents/convocation-general-assembly.pdf";
        var first = await Browser.Open(app, "fr").Client.GetByteArrayAsync(Url);
        // A second print would differ by its creation date: the same bytes prove the first was kept.
        Assert.Equal(first, await Browser.Open(app, "fr").Client.GetByteArrayAsync(Url));
        Assert.NotEqual(first, await Browser.Open(app, "ar").Client.GetByteArrayAsync(Url));

        var updatedAt = await app.WithDb(db => db.Articles.Where(a => a.Slug == "convocation-general-assembly").Select(a => a.UpdatedAt).SingleAsync());
        await app.WithDb(db => db.Articles.Where(a => a.Slug == "convocation-general-assembly").ExecuteUpdateAsync(s => s
            .SetProperty(a => a.BodyFr, a => a.BodyFr + "\n\nPoint ajouté au modèle.")
            .SetProperty(a => a.UpdatedAt, updatedAt.AddSeconds(1))));
        var edited = await Browser.Open(app, "fr").Get(Url);
        var content = await edited.Content.ReadAsByteArrayAsync();
        Assert.NotEqual(first, content);
        var words = edited.Content.Headers.ContentType!.MediaType == "application/pdf" ? await Pdfs.Text(content) : System.Text.Encoding.UTF8.GetString(content);
        Assert.Contains("Point ajouté au modèle.", words, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_supervisor_writes_an_article_that_readers_find_once_published(string provider)
    {
        var app = Databases.App(provider);
        var supervisor = await Browser.SignedIn(app, $"supervisor@{DemoData.Domain}");
        var slug = "cnss-" + Guid.NewGuid().ToString("N")[..6];
        var fields = new Dictionary<string, string>
        {
            ["Input.Slug"] = "Bad Slug!",
            ["Input.Kind"] = "Article",
            ["Input.Category"] = "Money",
            ["Input.TitleAr"] = "تصريح الأجراء بالضمان الاجتماعي",
            ["Input.TitleFr"] = "Déclarer ses salariés à la CNSS",
            ["Input.SummaryAr"] = "ملخص",
            ["Input.SummaryFr"] = "Résumé",
            ["Input.LegalBasisAr"] = "ظهير 1.72.184",
            ["Input.LegalBasisFr"] = "Dahir 1-72-184",
            ["Input.BodyAr"] = "نص **المقال**",
            ["Input.BodyFr"] = "Texte de l'article",
            ["Input.Published"] = "false",
            ["Version"] = "0",
        };
        var refused = await supervisor.Submit("/support/desk/articles/new", fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("حروف لاتينية صغيرة", html, StringComparison.Ordinal);
        Assert.Contains("تصريح الأجراء بالضمان الاجتماعي", html, StringComparison.Ordinal);

        fields["Input.Slug"] = slug;
        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.Submit("/support/desk/articles/new", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Browser.Open(app).Get($"/help/{slug}")).StatusCode);
        var id = await app.WithDb(db => db.Articles.Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync());
        fields["Input.Published"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.Submit($"/support/desk/articles/{id}", fields)).StatusCode);
        Assert.Contains($"/help/{slug}", await Browser.Open(app).Html("/help?q=" + Uri.EscapeDataString("الضمان الاجتماعي")), StringComparison.Ordinal);

        var adviser = await Browser.SignedIn(app, $"adviser@{DemoData.Domain}");
        Assert.NotEqual(HttpStatusCode.OK, (await adviser.Get("/support/desk/articles")).StatusCode);
    }
}
