using Microsoft.Playwright;
using Nassij.Web.Features.Demo;

namespace Nassij.BrowserTests.Journeys;

/// <summary>The secretary keeps the association's records: plans an activity, files a document, records the board
/// elected and opens its declaration file — each page checked for accessibility and the phone's width.</summary>
public sealed class WorkspaceRecordsJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("ar", 1280)]
    [InlineData("fr", 375)]
    public async Task Plan_an_activity_file_a_document_and_declare_the_new_board(string language, int width)
    {
        var page = await fixture.NewPage(language, width);
        await Steps.SignIn(page, $"president1@{DemoData.Domain}", DemoData.Password);

        await Steps.Visit(page, "/workspace/1/activities", $"60-activities-{language}");
        await page.FillAsync("#Input_Title", language == "ar" ? "حملة تحسيسية" : "Campagne de sensibilisation");
        await page.FillAsync("#Input_Place", language == "ar" ? "ساحة الحي" : "Place du quartier");
        await page.ClickAsync("main form button[type=submit]");
        await Assertions.Expect(page.Locator("main > .alert-success")).ToBeVisibleAsync();
        await Steps.Look(page, $"61-activity-{language}");

        await Steps.Visit(page, "/workspace/1/documents", $"62-documents-{language}");
        await page.FillAsync("#Input_Title", language == "ar" ? "عقد التأمين" : "Contrat d'assurance");
        await page.SetInputFilesAsync("#Upload", new FilePayload { Name = "assurance.pdf", MimeType = "application/pdf", Buffer = Nassij.Tests.Infrastructure.Samples.Pdf });
        await page.ClickAsync("main form[method=post] button[type=submit]");
        await Assertions.Expect(page.Locator("[data-testid=document]").First).ToBeVisibleAsync();

        await Steps.Visit(page, "/workspace/1/board/renew", $"63-board-renew-{language}");
        await page.ClickAsync("main form button[type=submit]");
        await Assertions.Expect(page.Locator("main > .alert-success")).ToBeVisibleAsync();
        await Steps.Look(page, $"64-board-declaration-{language}");
        var file = await page.APIRequest.GetAsync(await page.GetByTestId("declaration-file").GetAttributeAsync("href") ?? "");
        Assert.True(file.Ok);
        Assert.Equal("application/pdf", file.Headers["content-type"]);
        await File.WriteAllBytesAsync(Path.Combine(BrowserFixture.Screenshots, $"64-board-declaration-{language}.pdf"), await file.BodyAsync());
        fixture.AssertServerLoggedNoWarning();
    }
}
