using System.Text;
using Microsoft.Playwright;
using Nassij.Web.Features.Demo;

namespace Nassij.BrowserTests.Journeys;

/// <summary>A secretary imports the members list the association kept in Excel: a few bad rows are shown with their
/// reasons before anything is written, the rest is imported in the background with a progress bar.</summary>
public sealed class MemberImportJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("ar", "president3", 3)]
    [InlineData("fr", "secretary4", 4)]
    public async Task Import_a_members_file_with_a_few_bad_rows(string language, string officer, int id)
    {
        var page = await fixture.NewPage(language, 375);
        await Steps.SignIn(page, $"{officer}@{DemoData.Domain}", DemoData.Password);
        await Steps.Visit(page, $"/workspace/{id}/members/import", $"30-import-{language}");
        var file = Path.Combine(Path.GetTempPath(), $"adherents-{language}-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, Rows(language), new UTF8Encoding(true));
        await page.SetInputFilesAsync("#file", file);
        await page.ClickAsync("main form button[type=submit]");

        await Assertions.Expect(page.GetByTestId("rejected-count")).ToHaveTextAsync("2");
        await Assertions.Expect(page.GetByTestId("rejected-rows")).ToContainTextAsync(language == "ar" ? "السطر" : "Ligne");
        await Steps.Look(page, $"31-import-preview-{language}");
        await page.CheckAsync("#Consent");
        await page.ClickAsync("form[action*=Start] button[type=submit]");
        await Assertions.Expect(page.GetByTestId("import-done")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Steps.Look(page, $"32-import-done-{language}");
        await page.ClickAsync("main a.btn-primary");
        await Assertions.Expect(page.Locator("[data-testid=member-row]").First).ToBeVisibleAsync();
        fixture.AssertServerLoggedNoWarning();
    }

    private static string Rows(string language) => language == "ar"
        ? "الاسم الكامل;رقم البطاقة الوطنية;الهاتف;تاريخ الانخراط;الصفة\r\n" +
          "سعيد المراكشي;;0661000001;12/01/2024;عضو مؤسس\r\n" +
          "نوال الفاسي;;0661000002;2023-09-01;\r\n" +
          "بدون تاريخ;;0661000003;أمس;\r\n" +
          ";;0661000004;;\r\n" +
          "ياسين الطنجاوي;;0661000005;;شباب\r\n"
        : "Nom;Prénom;Téléphone;E-mail;Qualité\r\n" +
          "Berrada;Leila;0662000001;leila@example.ma;Membre actif\r\n" +
          "Chraibi;Omar;0662000002;omar-at-example;\r\n" +
          "Fassi;Hind;0662000003;;Membre d'honneur\r\n" +
          "Alami;Rachid;0662000004;;VIP\r\n";
}
