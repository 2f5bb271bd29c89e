using Microsoft.Playwright;
using Nassij.Web.Features.Demo;

namespace Nassij.BrowserTests.Journeys;

/// <summary>A person asks the centre, an adviser answers with a help article, the person rates the answer;
/// an association books an appointment with an adviser.</summary>
public sealed class SupportJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("ar", "كيف نعقد جمعاً عاماً استثنائياً؟", "الجمع العام", "أجبتكم أعلاه، والتفاصيل في المقال.")]
    [InlineData("fr", "Comment tenir une assemblée extraordinaire ?", "assemblée générale", "Voici la réponse, les détails sont dans l'article.")]
    public async Task A_person_asks_an_adviser_answers_with_an_article_and_the_person_rates_it(string language, string subject, string articleWords, string answer)
    {
        var person = await fixture.NewPage(language, width: 375);
        await Steps.Visit(person, "/support", $"40-support-ask-{language}");
        await person.SelectOptionAsync("#Input_Topic", "Legal");
        await person.SelectOptionAsync("#Input_RegionCode", "04");
        await person.FillAsync("#Input_Subject", subject);
        await person.FillAsync("#Input_Description", subject + " " + subject);
        await person.FillAsync("#Input_Name", language == "ar" ? "سناء المريني" : "Sanae Marini");
        await person.ClickAsync("main form[enctype] button[type=submit]");
        await Assertions.Expect(person.Locator("#Input_Email-error")).ToContainTextAsync(language == "ar" ? "أعطوا عنوان بريد" : "Donnez une adresse");
        await Steps.Look(person, $"41-support-ask-missing-contact-{language}");
        await Assertions.Expect(person.Locator("#Input_Subject")).ToHaveValueAsync(subject);
        await person.FillAsync("#Input_Email", $"sanae.{language}@example.ma");
        await person.ClickAsync("main form[enctype] button[type=submit]");
        await Assertions.Expect(person.Locator("[data-testid=status]")).ToBeVisibleAsync();
        var followUrl = person.Url;
        var reference = followUrl.Split("/support/cases/")[1].Split('?')[0];
        await Steps.Look(person, $"42-support-follow-{language}");

        var adviser = await fixture.NewPage(language);
        await Steps.SignIn(adviser, $"supervisor@{DemoData.Domain}", DemoData.Password);
        await adviser.GotoAsync("/support/desk?view=All&q=" + reference);
        await Steps.Look(adviser, $"43-support-desk-{language}");
        await adviser.ClickAsync($"[data-testid=case-row] a");
        var article = adviser.Locator("#ArticleId option", new() { HasTextString = articleWords }).First;
        await adviser.SelectOptionAsync("#ArticleId", (await article.GetAttributeAsync("value"))!);
        await adviser.ClickAsync("button[formaction='?handler=Insert'] >> nth=1");
        await Assertions.Expect(adviser.Locator("#Body")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("/help/"));
        var inserted = await adviser.InputValueAsync("#Body");
        await adviser.FillAsync("#Body", answer + "\n\n" + inserted);
        await adviser.SelectOptionAsync("#After", "Resolved");
        await Steps.Look(adviser, $"44-support-answer-{language}");
        await adviser.ClickAsync("button[formaction='?handler=Write']");
        await Assertions.Expect(adviser.Locator("[data-testid=status]")).ToContainTextAsync(language == "ar" ? "محلول" : "Résolu");

        await person.GotoAsync(followUrl);
        await Assertions.Expect(person.Locator("[data-kind=Reply]")).ToContainTextAsync(answer);
        await Assertions.Expect(person.Locator("[data-kind=Reply] a[href*='/help/']")).ToBeVisibleAsync();
        await Steps.Look(person, $"45-support-answered-{language}");
        await person.CheckAsync("#rating-5");
        await person.FillAsync("#Comment", language == "ar" ? "شكراً جزيلاً" : "Merci beaucoup");
        await person.ClickAsync("form[action*='handler=Rate'] button[type=submit]");
        await Assertions.Expect(person.Locator("[data-testid=status]")).ToContainTextAsync(language == "ar" ? "مغلق" : "Clos");
        await Steps.Look(person, $"46-support-rated-{language}");
        fixture.AssertServerLoggedNoWarning();
    }

    [Theory]
    [InlineData("ar", "president3")]
    [InlineData("fr", "president2")]
    public async Task An_association_books_an_appointment(string language, string officer)
    {
        var page = await fixture.NewPage(language, width: 375);
        await Steps.SignIn(page, $"{officer}@{DemoData.Domain}", DemoData.Password);
        await Steps.Visit(page, "/support/appointments?mode=InPerson", $"47-appointments-{language}");
        await page.ClickAsync("[data-testid=free-slot] a >> nth=" + (language == "ar" ? "0" : "1"));
        await page.ClickAsync("form[action*='handler=Book'] button[type=submit]");
        await Assertions.Expect(page.Locator("#Topic ~ .field-validation-error, span[id=Topic-error]").First).ToBeVisibleAsync();
        await page.SelectOptionAsync("#Topic", "Financial");
        await page.FillAsync("#Note", language == "ar" ? "إعداد الميزانية السنوية" : "Préparer le budget annuel");
        await page.ClickAsync("form[action*='handler=Book'] button[type=submit]");
        await Assertions.Expect(page.Locator("[data-testid=my-appointment]")).ToBeVisibleAsync();
        await Steps.Look(page, $"48-appointment-booked-{language}");
        fixture.AssertServerLoggedNoWarning();
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("fr")]
    public async Task The_knowledge_base_reads_well_on_a_phone(string language)
    {
        var page = await fixture.NewPage(language, width: 375);
        await Steps.Visit(page, "/help", $"49-help-{language}");
        await Steps.Visit(page, "/help/general-assembly", $"50-help-article-{language}");
        await Steps.Visit(page, "/help/documents", $"51-help-documents-{language}");
        await Steps.Visit(page, "/help/minutes-general-assembly", $"52-help-model-{language}");
        var supervisor = await fixture.NewPage(language);
        await Steps.SignIn(supervisor, $"supervisor@{DemoData.Domain}", DemoData.Password);
        await Steps.Visit(supervisor, "/support/supervision", $"53-supervision-{language}");
        await Steps.Visit(supervisor, "/support/desk/phone", $"54-phone-{language}");
        fixture.AssertServerLoggedNoWarning();
    }
}
