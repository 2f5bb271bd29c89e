using System.Net;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Associations;
using Nassij.Web.Platform.Security;

namespace Nassij.Tests.Associations;

public sealed class RegisterTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Registering_makes_a_pending_association_with_its_officer_board_and_statutes(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        var saved = await app.WithDb(db => db.Associations.Include(a => a.Board).SingleAsync(a => a.Id == id));
        Assert.Equal(VerificationStatus.Pending, saved.Status);
        Assert.Equal("06", saved.RegionCode);
        Assert.Equal(2, saved.Board.Count);
        Assert.NotNull(saved.StatutesFileId);
        Assert.Single(saved.Domains);
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.Action == "association.registered" && e.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var page = await officer.Html($"/my/associations/{id}");
        Assert.Contains("في انتظار التحقق", page, StringComparison.Ordinal);
        var statutes = await officer.Get($"/files/{saved.StatutesFileId}");
        Assert.Equal(HttpStatusCode.OK, statutes.StatusCode);
        Assert.Equal("application/pdf", statutes.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Bad_input_returns_the_form_with_messages_and_keeps_what_was_typed(string provider)
    {
        var app = Databases.App(provider);
        var officer = await Browser.SignedIn(app, await Accounts.People.NewConfirmedPerson(app));
        var fields = Registration.Fields("جمعية الخطأ", "Association Erreur");
        fields["Input.ProvinceCode"] = "";
        fields["Input.FinalReceiptNumber"] = "55/2026";
        fields["Input.Website"] = "not a url";
        var response = await officer.Submit("/associations/register", fields, files: new() { ["StatutesUpload"] = (Samples.Pdf, "statuts.pdf") });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("اختر العمالة أو الإقليم.", html, StringComparison.Ordinal);
        Assert.Contains("أدخل رقم الوصل النهائي وتاريخه معا.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"جمعية الخطأ\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"55/2026\"", html, StringComparison.Ordinal);
        // The statutes were kept even though the form was refused.
        Assert.Contains("تم الاستلام", html, StringComparison.Ordinal);
        var kept = System.Text.RegularExpressions.Regex.Match(html, "name=\"Input.StatutesFileId\" value=\"([0-9a-f-]{36})\"");
        Assert.True(kept.Success, "the statutes' id must ride in the hidden field");

        Assert.False(await app.WithDb(db => db.Associations.AnyAsync(a => a.NameFr == "Association Erreur")));

        // Sent again, corrected and without the file, the association keeps the statutes sent the first time.
        fields["Input.ProvinceCode"] = "06.141";
        fields["Input.FinalReceiptNumber"] = "";
        fields["Input.Website"] = "";
        fields["Input.StatutesFileId"] = kept.Groups[1].Value;
        var second = await officer.Submit("/associations/register", fields);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(Guid.Parse(kept.Groups[1].Value), await app.WithDb(db => db.Associations.Where(a => a.NameFr == "Association Erreur").Select(a => a.StatutesFileId).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_file_that_is_not_a_pdf_is_refused_next_to_its_field(string provider)
    {
        var app = Databases.App(provider);
        var officer = await Browser.SignedIn(app, await Accounts.People.NewConfirmedPerson(app), "fr");
        var (ar, fr) = Samples.Names();
        var response = await officer.Submit("/associations/register", Registration.Fields(ar, fr), files: new() { ["StatutesUpload"] = (Samples.Executable, "statuts.pdf") });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ce fichier n&#x27;est pas un PDF.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDb(db => db.Associations.AnyAsync(a => a.NameFr == fr)));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Anonymous_people_cannot_register_or_upload(string provider)
    {
        var app = Databases.App(provider);
        var browser = Browser.Open(app);
        var get = await browser.Get("/associations/register");
        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.StartsWith("/account/sign-in", get.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var name = $"anonymous-{Guid.NewGuid():N}.pdf";
        var post = await browser.Client.PostAsync("/associations/register", new MultipartFormDataContent { { new ByteArrayContent(Samples.Pdf), "StatutesUpload", name } });
        Assert.True(post.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Redirect, post.StatusCode.ToString());
        Assert.False(await app.WithDb(db => db.StoredFiles.AnyAsync(f => f.FileName == name)));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_registering_person_becomes_its_president(string provider)
    {
        var app = Databases.App(provider);
        var (_, id, email) = await Registration.NewAssociation(app);
        var role = await app.WithDb(db => db.RoleGrants.Where(g => g.AssociationId == id && g.Person!.Email == email).Select(g => g.Role).SingleAsync());
        Assert.Equal(Role.President, role);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Another_board_line_is_added_without_javascript_and_nothing_is_lost(string provider)
    {
        var app = Databases.App(provider);
        var officer = await Browser.SignedIn(app, await Accounts.People.NewConfirmedPerson(app));
        var fields = Registration.Fields("جمعية السطر الإضافي", "Association Ligne");
        fields["Input.ProvinceCode"] = "";
        fields["Input.Board[2].FullName"] = "سعيد";
        fields["Input.Board[2].Office"] = "Adviser";
        var response = await officer.Submit("/associations/register", fields, postUrl: "/associations/register?handler=AddBoardLine",
            files: new() { ["StatutesUpload"] = (Samples.Pdf, "statuts.pdf") });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"Input_Board_3__FullName\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"Input_Board_4__FullName\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"سعيد\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"جمعية السطر الإضافي\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">اختر العمالة أو الإقليم.<", html, StringComparison.Ordinal);
        Assert.Matches("name=\"Input.StatutesFileId\" value=\"[0-9a-f-]{36}\"", html);
        Assert.False(await app.WithDb(db => db.Associations.AnyAsync(a => a.NameFr == "Association Ligne")));
    }
}
