using Microsoft.Playwright;
using Nassij.Web.Features.Demo;

namespace Nassij.BrowserTests.Journeys;

/// <summary>The treasurer records a member's dues and an expense with its receipt, then downloads the annual statement.</summary>
public sealed class BooksJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("ar", 1280)]
    [InlineData("fr", 375)]
    public async Task Record_dues_and_an_expense_and_download_the_annual_statement(string language, int width)
    {
        var page = await fixture.NewPage(language, width);
        await Steps.SignIn(page, $"president1@{DemoData.Domain}", DemoData.Password);
        await Steps.Visit(page, "/workspace/1/books", $"50-books-{language}");
        var income = await page.GetByTestId("books-income").TextContentAsync();
        var expenses = await page.GetByTestId("books-expenses").TextContentAsync();

        await page.GotoAsync("/workspace/1/dues?show=InArrears");
        await page.Locator("[data-testid=dues-row] a").First.ClickAsync();
        await page.ClickAsync("main form button[type=submit]");
        await Assertions.Expect(page.Locator("main > .alert-success")).ToBeVisibleAsync();

        await page.GotoAsync("/workspace/1/books");
        Assert.NotEqual(income, await page.GetByTestId("books-income").TextContentAsync());
        await page.ClickAsync("a[href='/workspace/1/books/new?kind=Expense']");
        await page.FillAsync("#Input_Amount", "350");
        await page.FillAsync("#Input_Label", language == "ar" ? "طباعة ملصقات الجمع العام" : "Impression des affiches de l'assemblée");
        await page.ClickAsync("main form button[type=submit]");
        await Assertions.Expect(page.Locator("#Input_CategoryCode-error")).ToBeVisibleAsync();
        await Steps.Look(page, $"51-books-expense-refused-{language}");
        await page.SelectOptionAsync("#Input_CategoryCode", "6144");
        await page.SetInputFilesAsync("#Receipt", new FilePayload { Name = "facture.pdf", MimeType = "application/pdf", Buffer = Nassij.Tests.Infrastructure.Samples.Pdf });
        await page.ClickAsync("main form button[type=submit]");
        await Assertions.Expect(page.Locator("main > .alert-success")).ToBeVisibleAsync();
        Assert.NotEqual(expenses, await page.GetByTestId("books-expenses").TextContentAsync());
        await Steps.Look(page, $"52-books-recorded-{language}");

        await page.Locator("[data-testid=entry] a").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("entry-receipt")).ToBeVisibleAsync();
        await Steps.Look(page, $"53-books-entry-{language}");

        await page.GotoAsync("/workspace/1/books");
        await page.ClickAsync("a[href^='/workspace/1/books/statement']");
        await Steps.Look(page, $"54-books-statement-{language}");
        foreach (var (link, type) in new[] { ("a[href*='handler=Pdf']", "application/pdf"), ("a[href*='handler=Excel']", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") })
        {
            var response = await page.APIRequest.GetAsync(await page.Locator(link).GetAttributeAsync("href") ?? "");
            Assert.True(response.Ok);
            Assert.Equal(type, response.Headers["content-type"]);
            if (type == "application/pdf")
            {
                await File.WriteAllBytesAsync(Path.Combine(BrowserFixture.Screenshots, $"54-books-statement-{language}.pdf"), await response.BodyAsync());
            }
        }

        fixture.AssertServerLoggedNoWarning();
    }
}
