using Nassij.Tests.Infrastructure;

namespace Nassij.Tests.Associations;

/// <summary>Registers an association through the real form, as a signed-in person would.</summary>
public static class Registration
{
    public static string Errors(string html) =>
        string.Join(" | ", System.Text.RegularExpressions.Regex.Matches(html, "field-validation-error[^>]*>([^<]+)<").Select(m => m.Groups[1].Value));

    public static Dictionary<string, string> Fields(string nameAr, string nameFr, string province = "06.141") => new()
    {
        ["Input.NameAr"] = nameAr,
        ["Input.NameFr"] = nameFr,
        ["Input.Acronym"] = "TST",
        ["Input.LegalForm"] = "Association",
        ["Input.FoundedOn"] = TestClock.Day(-320),
        ["Input.ProvisionalReceiptOn"] = TestClock.Day(-310),
        ["Input.ReceiptAuthority"] = "Pachalik Anfa",
        ["Input.Address"] = "12 rue des Écoles",
        ["Input.ProvinceCode"] = province,
        ["Input.Domains"] = "Education",
        ["Input.Board[0].FullName"] = "أمينة العلوي",
        ["Input.Board[0].Office"] = "President",
        ["Input.Board[0].TermEndsOn"] = TestClock.Day(775),
        ["Input.Board[1].FullName"] = "Karim Tazi",
        ["Input.Board[1].Office"] = "Treasurer",
        ["MyRole"] = "President",
    };

    /// <summary>Signs up a new person (confirmed directly in the database) and registers an association; returns its id.</summary>
    public static async Task<(Browser Officer, int Id, string Email)> NewAssociation(NassijFactory app, string province = "06.141")
    {
        var email = await Accounts.People.NewConfirmedPerson(app);
        var officer = await Browser.SignedIn(app, email);
        var (ar, fr) = Samples.Names();
        var response = await officer.Submit("/associations/register", Fields(ar, fr, province),
            files: new() { ["StatutesUpload"] = (Samples.Pdf, "statuts.pdf") });
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"{response.StatusCode}: {Errors(await response.Content.ReadAsStringAsync())}");
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        return (officer, id, email);
    }
}
