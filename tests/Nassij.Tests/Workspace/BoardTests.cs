using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Associations;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Associations;
using Nassij.Web.Features.Workspace.Board;

namespace Nassij.Tests.Workspace;

public sealed class BoardTests
{
    private static readonly DateOnly Today = TestClock.Today;
    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Renewal(DateOnly electedOn, params (string Office, string Name)[] seats)
    {
        var form = new Dictionary<string, string> { ["Input.ElectedOn"] = Day(electedOn) };
        foreach (var ((office, name), i) in seats.Select((s, i) => (s, i)))
        {
            form[$"Input.Seats[{i}].Office"] = office;
            form[$"Input.Seats[{i}].FullName"] = name;
            form[$"Input.Seats[{i}].NationalId"] = $"ab{100000 + i}";
            form[$"Input.Seats[{i}].Profession"] = "Enseignant";
        }

        return form;
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_new_board_is_recorded_and_its_declaration_is_due_within_a_month_until_filed(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        var renew = $"/workspace/{id}/board/renew";
        var electedOn = Today.AddDays(-40);

        var refused = await officer.Submit(renew, Renewal(electedOn, ("President", "Amina Tazi"), ("Secretary", "Omar Fassi")));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("field-validation-error", html, StringComparison.Ordinal);
        Assert.Contains("Omar Fassi", html, StringComparison.Ordinal);

        var recorded = await officer.Submit(renew, Renewal(electedOn, ("President", "Amina Tazi"), ("Secretary", "Omar Fassi"), ("Treasurer", "Salma Alaoui"), ("Adviser", "Driss Bennani")));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var board = await app.WithDb(db => db.Associations.Where(a => a.Id == id).SelectMany(a => a.Board).OrderBy(b => b.Office).ToListAsync());
        Assert.Equal(["Amina Tazi", "Omar Fassi", "Salma Alaoui", "Driss Bennani"], board.Select(b => b.FullName));
        Assert.All(board, b => Assert.True(b.TermEndsOn > electedOn.AddYears(1)));
        var declaration = await app.WithDb(db => db.BoardDeclarations.SingleAsync(d => d.AssociationId == id));
        Assert.Equal((electedOn.AddMonths(1), "AB100000"), (declaration.DueOn, declaration.Board.Single(b => b.Office == Office.President).NationalId));
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.Action == "board.renewed" && e.EntityId == id.ToString(CultureInfo.InvariantCulture))));

        var page = $"/workspace/{id}/board/declarations/{declaration.Id}";
        var dashboard = await officer.Html($"/workspace/{id}");
        Assert.Contains(page, dashboard, StringComparison.Ordinal);
        var file = await officer.Get($"{page}?handler=File");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        if (file.Content.Headers.ContentType?.MediaType == "application/pdf")
        {
            var text = await Pdfs.Text(await file.Content.ReadAsByteArrayAsync());
            Assert.Contains("Salma Alaoui", text, StringComparison.Ordinal);
            Assert.Contains("AB100001", text, StringComparison.Ordinal);
        }

        var noReceipt = await officer.Submit(page, new() { ["filedOn"] = Day(Today), ["reference"] = "" }, postUrl: page + "?handler=Filed");
        Assert.Equal(HttpStatusCode.OK, noReceipt.StatusCode);
        Assert.Contains("field-validation-error", await noReceipt.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var filed = await officer.Submit(page, new() { ["filedOn"] = Day(Today), ["reference"] = "2026/331" }, postUrl: page + "?handler=Filed", files: new() { ["receipt"] = (Samples.Pdf, "recu.pdf") });
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        Assert.DoesNotContain(page, await officer.Html($"/workspace/{id}"), StringComparison.Ordinal);
        var done = await app.WithDb(db => db.BoardDeclarations.SingleAsync(d => d.Id == declaration.Id));
        Assert.Equal(("2026/331", true), (done.ReceiptReference, done.ReceiptFileId != null));

        var again = await officer.Html(renew);
        Assert.Contains("AB100002", again, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_amendment_of_the_statutes_is_declared_too_and_other_associations_see_nothing(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        var board = $"/workspace/{id}/board";
        var future = await officer.Submit(board, new() { ["amendedOn"] = Day(Today.AddDays(2)) }, postUrl: board + "?handler=Statutes");
        Assert.Equal(HttpStatusCode.OK, future.StatusCode);
        Assert.Contains("amendedOn-error", await future.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.Submit(board, new() { ["amendedOn"] = Day(Today) }, postUrl: board + "?handler=Statutes")).StatusCode);
        var declaration = await app.WithDb(db => db.BoardDeclarations.SingleAsync(d => d.AssociationId == id));
        Assert.Equal(DeclarationReason.StatutesAmended, declaration.Reason);

        var (outsider, otherId, _) = await Registration.NewAssociation(app);
        foreach (var url in new[] { board, $"{board}/renew", $"{board}/declarations/{declaration.Id}", $"{board}/declarations/{declaration.Id}?handler=File", $"/workspace/{otherId}/board/declarations/{declaration.Id}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.Get(url)).StatusCode);
        }

        var page = $"/workspace/{otherId}/board/declarations/{declaration.Id}";
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Submit($"/workspace/{otherId}/board", new() { ["filedOn"] = Day(Today), ["reference"] = "x" }, postUrl: page + "?handler=Filed")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Submit($"/workspace/{otherId}/board", Renewal(Today, ("President", "Intrus")), postUrl: $"{board}/renew")).StatusCode);
        Assert.Null(await app.WithDb(db => db.BoardDeclarations.Where(d => d.Id == declaration.Id).Select(d => d.FiledOn).SingleAsync()));
    }
}
