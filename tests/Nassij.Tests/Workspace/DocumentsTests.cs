using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Associations;
using Nassij.Tests.Infrastructure;

namespace Nassij.Tests.Workspace;

public sealed class DocumentsTests
{
    private static readonly DateOnly Today = TestClock.Today;

    private static async Task<int> FirstFolder(NassijFactory app, Browser officer, int id)
    {
        await officer.Html($"/workspace/{id}/documents");
        return await app.WithDb(db => db.DocumentFolders.Where(f => f.AssociationId == id).OrderBy(f => f.Id).Select(f => f.Id).FirstAsync());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Officers_keep_versions_of_documents_that_expire_and_share_some_with_members(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, member, _) = await MeTests.MemberOnRecord(app);
        var folder = await FirstFolder(app, officer, id);
        var library = $"/workspace/{id}/documents";
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = "Assurance du local",
            ["Input.FolderId"] = folder.ToString(CultureInfo.InvariantCulture),
            ["Input.ExpiresOn"] = Today.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.Shared"] = "true",
        };
        var wrong = await officer.Submit(library, fields, files: new() { ["Upload"] = (Samples.Executable, "police.pdf") });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var html = await wrong.Content.ReadAsStringAsync();
        Assert.Contains("Upload-error", html, StringComparison.Ordinal);
        Assert.Contains("Assurance du local", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.Submit(library, fields, files: new() { ["Upload"] = (Samples.Pdf, "police.pdf") })).StatusCode);

        var document = await app.WithDb(db => db.LibraryDocuments.SingleAsync(d => d.AssociationId == id));
        var page = $"{library}/{document.Id}";
        Assert.Contains(page, await officer.Html($"/workspace/{id}"), StringComparison.Ordinal);
        var renewed = await officer.Submit(page, new() { ["expiresOn"] = Today.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["note"] = "Renouvelée" },
            postUrl: page + "?handler=Version", files: new() { ["upload"] = (Samples.Png, "police-2027.png") });
        Assert.Equal(HttpStatusCode.Redirect, renewed.StatusCode);
        var versions = await app.WithDb(db => db.DocumentVersions.Where(v => v.DocumentId == document.Id).OrderBy(v => v.Number).Select(v => v.Number).ToListAsync());
        Assert.Equal([1, 2], versions);
        Assert.DoesNotContain(page, await officer.Html($"/workspace/{id}"), StringComparison.Ordinal);

        var me = await member.Html($"/workspace/{id}/me");
        Assert.Contains("Assurance du local", me, StringComparison.Ordinal);
        var download = await member.Get($"/workspace/{id}/me?handler=Document&documentId={document.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await member.Get(page)).StatusCode);
        await officer.Submit(page, new() { ["shared"] = "false" }, postUrl: page + "?handler=Share");
        Assert.Equal(HttpStatusCode.NotFound, (await member.Get($"/workspace/{id}/me?handler=Document&documentId={document.Id}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_deleted_document_waits_in_the_bin_where_it_can_be_restored_before_it_is_purged(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        var folder = await FirstFolder(app, officer, id);
        var library = $"/workspace/{id}/documents";
        await officer.Submit(library, new() { ["Input.Title"] = "Bail", ["Input.FolderId"] = folder.ToString(CultureInfo.InvariantCulture) }, files: new() { ["Upload"] = (Samples.Pdf, "bail.pdf") });
        var documentId = await app.WithDb(db => db.LibraryDocuments.Where(d => d.AssociationId == id).Select(d => d.Id).SingleAsync());
        var page = $"{library}/{documentId}";
        Assert.Equal(HttpStatusCode.Redirect, (await officer.Submit(page, [], postUrl: page + "?handler=Delete")).StatusCode);
        Assert.DoesNotContain("Bail", await officer.Html($"{library}?folder={folder}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.Get(page)).StatusCode);

        var bin = $"{library}/bin";
        Assert.Contains("Bail", await officer.Html(bin), StringComparison.Ordinal);
        var early = await officer.Submit(bin, new() { ["documentId"] = documentId.ToString(CultureInfo.InvariantCulture) }, postUrl: bin + "?handler=Purge");
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.True(await app.WithDb(db => db.LibraryDocuments.AnyAsync(d => d.Id == documentId)));
        Assert.Equal(HttpStatusCode.Redirect, (await officer.Submit(bin, new() { ["documentId"] = documentId.ToString(CultureInfo.InvariantCulture) }, postUrl: bin + "?handler=Restore")).StatusCode);
        Assert.Contains("Bail", await officer.Html($"{library}?folder={folder}"), StringComparison.Ordinal);

        await officer.Submit(page, [], postUrl: page + "?handler=Delete");
        await app.WithDb(async db =>
        {
            var document = await db.LibraryDocuments.SingleAsync(d => d.Id == documentId);
            document.DeletedAt = TestClock.Now.AddDays(-31);
            return await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.Redirect, (await officer.Submit(bin, new() { ["documentId"] = documentId.ToString(CultureInfo.InvariantCulture) }, postUrl: bin + "?handler=Purge")).StatusCode);
        Assert.False(await app.WithDb(db => db.LibraryDocuments.AnyAsync(d => d.Id == documentId)));
        Assert.Equal(["document.added", "document.binned", "document.restored", "document.binned", "document.purged"],
            await app.WithDb(db => db.AuditEntries.Where(e => e.EntityId == documentId.ToString(CultureInfo.InvariantCulture) && e.Action.StartsWith("document.")).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync()));

        var (outsider, _, _) = await Registration.NewAssociation(app);
        foreach (var url in new[] { library, bin, page })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.Get(url)).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_signed_minutes_of_a_held_meeting_are_archived_in_the_library(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        var meetingId = await app.WithDb(async db =>
        {
            var meeting = new Nassij.Web.Features.Workspace.Governance.Meeting
            {
                AssociationId = id,
                Place = "Siège",
                Agenda = "Rapport moral",
                StartsAt = TestClock.Now.AddDays(-2),
                Status = Nassij.Web.Features.Workspace.Governance.MeetingStatus.Held,
            };
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
        var page = $"/workspace/{id}/meetings/{meetingId}";
        Assert.Equal(HttpStatusCode.OK, (await officer.Submit(page, [], postUrl: page + "?handler=Archive")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.Submit(page, [], postUrl: page + "?handler=Archive", files: new() { ["signed"] = (Samples.Pdf, "pv-signe.pdf") })).StatusCode);
        var archived = await app.WithDb(db => db.LibraryDocuments.SingleAsync(d => d.MeetingId == meetingId));
        Assert.True(archived.SharedWithMembers);
        Assert.Contains($"/workspace/{id}/documents/{archived.Id}", await officer.Html(page), StringComparison.Ordinal);
    }
}
