using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Associations;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Workspace.Members.Import;

namespace Nassij.Tests.Workspace;

public sealed class MemberImportTests
{
    // Two good rows, one already typed by hand, a bad e-mail, a row without a name, and a repeat of row 2.
    private static byte[] File(string suffix) => Encoding.UTF8.GetBytes(
        "Nom;Prénom;CIN;Téléphone;E-mail;Date d'adhésion\r\n" +
        $"Bennani;Souad;;0612{suffix};;12/01/2024\r\n" +
        $"العلوي;أحمد;;0613{suffix};;2023-09-01\r\n" +
        $"Tazi;Karim;;0614{suffix};karim-at-mail;\r\n" +
        $";;;0615{suffix};;\r\n" +
        $"Bennani;Souad;;0612{suffix};;12/01/2024\r\n" +
        $"Idrissi;Nadia;;0616{suffix};;01/02/2025\r\n");

    private static async Task<string> Upload(Browser officer, int id, byte[] content, string name = "adherents.csv")
    {
        var response = await officer.Submit($"/workspace/{id}/members/import", [], files: new() { ["file"] = (content, name) });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private static async Task<MemberImport> Finished(NassijFactory app, string runUrl)
    {
        var importId = Guid.Parse(runUrl.Split('/')[^1]);
        for (var i = 0; i < 200; i++)
        {
            var import = await app.WithDb(db => db.MemberImports.AsNoTracking().SingleAsync(x => x.Id == importId));
            if (!import.InProgress)
            {
                return import;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The import did not finish.");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_officer_previews_a_file_sees_each_rejected_row_then_imports_it_once(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        var suffix = Random.Shared.Next(100000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var run = await Upload(officer, id, File(suffix));

        var preview = await officer.Html(run);
        Assert.Contains("data-testid=\"ready-count\">3<", preview, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"rejected-count\">3<", preview, StringComparison.Ordinal);
        Assert.Contains("البريد الإلكتروني", preview, StringComparison.Ordinal);
        Assert.Contains("نفس الشخص موجود في السطر 2", preview, StringComparison.Ordinal);
        Assert.False(await app.WithDb(db => db.Members.AnyAsync(m => m.AssociationId == id)));

        var refused = await officer.Submit(run, [], postUrl: run + "?handler=Start");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Consent-error", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var started = await officer.Submit(run, new() { ["Consent"] = "true" }, postUrl: run + "?handler=Start");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var done = await Finished(app, run);
        Assert.Equal((ImportStatus.Done, 3, 0, 3), (done.Status, done.Added, done.AlreadyMembers, done.Rejected));
        var names = await app.WithDb(db => db.Members.Where(m => m.AssociationId == id).Select(m => m.NameAr ?? m.NameLatin).ToListAsync());
        Assert.Equal(["Nadia Idrissi", "Souad Bennani", "أحمد العلوي"], names.Order(StringComparer.Ordinal));
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.Action == "members.imported" && e.EntityId == done.Id.ToString())));
        // Imported members are found by their words (written by COPY on PostgreSQL), the article left out.
        Assert.True(await app.WithDb(db => db.MemberWords.AnyAsync(w => w.AssociationId == id && w.Word == "علوي")));
        Assert.Contains("أحمد العلوي", await officer.Html($"/workspace/{id}/members?q=" + Uri.EscapeDataString("علوي")), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"import-done\"", await officer.Html(run), StringComparison.Ordinal);

        // The same file again adds no one.
        var again = await Upload(officer, id, File(suffix));
        Assert.Contains("data-testid=\"ready-count\">0<", await officer.Html(again), StringComparison.Ordinal);
        // The repeated row is now simply a known member too.
        Assert.Contains("data-testid=\"already-count\">4<", await officer.Html(again), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_columns_can_be_remapped_and_rejected_rows_downloaded(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        var run = await Upload(officer, id, Encoding.UTF8.GetBytes("A,B\r\nسعاد,0612000000\r\nX,bad phone!\r\n"));
        Assert.Contains("data-testid=\"ready-count\">0<", await officer.Html(run), StringComparison.Ordinal);

        var mapped = await officer.Submit(run, new() { ["Columns[Name]"] = "0", ["Columns[Phone]"] = "1", ["ConsentPurpose"] = "Adhésions" }, postUrl: run + "?handler=Map");
        Assert.Equal(HttpStatusCode.Redirect, mapped.StatusCode);
        var preview = await officer.Html(run);
        Assert.Contains("data-testid=\"ready-count\">1<", preview, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"rejected-count\">1<", preview, StringComparison.Ordinal);

        var rejected = await officer.Get(run + "?handler=Rejected&format=csv");
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var csv = await rejected.Content.ReadAsStringAsync();
        Assert.Contains("bad phone!", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("سعاد", csv, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_file_that_is_not_a_spreadsheet_is_refused_next_to_the_field(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        var response = await officer.Submit($"/workspace/{id}/members/import", [], files: new() { ["file"] = (Samples.Pdf, "members.csv") });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("file-error", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Another_association_s_officer_sees_no_import_and_cannot_start_one(string provider)
    {
        var app = Databases.App(provider);
        var (officerA, idA, _) = await Registration.NewAssociation(app);
        var run = await Upload(officerA, idA, File("000"));
        var (officerB, idB, _) = await Registration.NewAssociation(app);

        Assert.Equal(HttpStatusCode.NotFound, (await officerB.Get($"/workspace/{idA}/members/import")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officerB.Get(run)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officerB.Get(run + "?handler=Progress")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officerB.Get(run + "?handler=Rejected&format=csv")).StatusCode);
        // Its own workspace address with the other's import.
        Assert.Equal(HttpStatusCode.NotFound, (await officerB.Get(run.Replace($"/workspace/{idA}/", $"/workspace/{idB}/", StringComparison.Ordinal))).StatusCode);
        var forged = await officerB.Submit($"/workspace/{idB}/members/import", new() { ["Consent"] = "true" }, postUrl: run + "?handler=Start");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        var importId = Guid.Parse(run.Split('/')[^1]);
        Assert.Equal(ImportStatus.Mapping, await app.WithDb(db => db.MemberImports.Where(i => i.Id == importId).Select(i => i.Status).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_member_list_exports_to_excel_and_csv_with_its_filter(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        await Finished(app, await StartImport(officer, id));
        var csv = await officer.Get($"/workspace/{id}/members?handler=Export&format=csv&q=" + Uri.EscapeDataString("Idrissi"));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("Nadia Idrissi", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bennani", text, StringComparison.Ordinal);
        Assert.Contains("الاسم بالحروف اللاتينية", text, StringComparison.Ordinal);
        var xlsx = await officer.Get($"/workspace/{id}/members?handler=Export&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);
        var (outsider, _, _) = await Registration.NewAssociation(app);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Get($"/workspace/{id}/members?handler=Export&format=csv")).StatusCode);
    }

    private static async Task<string> StartImport(Browser officer, int id)
    {
        var run = await Upload(officer, id, File("111"));
        var started = await officer.Submit(run, new() { ["Consent"] = "true" }, postUrl: run + "?handler=Start");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        return run;
    }
}
