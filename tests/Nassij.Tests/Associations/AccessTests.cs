using System.Net;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Infrastructure;

namespace Nassij.Tests.Associations;

/// <summary>An association's officers see and change only their own association's private data.</summary>
public sealed class AccessTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_officer_of_A_can_neither_read_nor_change_B(string provider)
    {
        var app = Databases.App(provider);
        var (officerA, _, _) = await Registration.NewAssociation(app);
        var (_, idB, _) = await Registration.NewAssociation(app);
        var statutesB = await app.WithDb(db => db.Associations.Where(a => a.Id == idB).Select(a => a.StatutesFileId).SingleAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await officerA.Get($"/my/associations/{idB}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officerA.Get($"/my/associations/{idB}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officerA.Get($"/files/{statutesB}")).StatusCode);
        // B is pending, so not public either.
        Assert.Equal(HttpStatusCode.NotFound, (await officerA.Get($"/associations/{idB}")).StatusCode);

        var (ar, fr) = Samples.Names();
        var fields = Registration.Fields(ar, fr);
        fields["Version"] = "0";
        // The edit form cannot be fetched, so the post carries the token of A's own form.
        var post = await officerA.Submit("/associations/register", fields, postUrl: $"/my/associations/{idB}/edit");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.False(await app.WithDb(db => db.Associations.AnyAsync(a => a.NameFr == fr)));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Another_association_s_file_cannot_be_claimed_through_the_hidden_field(string provider)
    {
        var app = Databases.App(provider);
        var (_, idA, _) = await Registration.NewAssociation(app);
        var (officerB, _, _) = await Registration.NewAssociation(app);
        var statutesA = await app.WithDb(db => db.Associations.Where(a => a.Id == idA).Select(a => a.StatutesFileId).SingleAsync());
        var (ar, fr) = Samples.Names();
        var fields = Registration.Fields(ar, fr);
        fields["Input.StatutesFileId"] = statutesA!.Value.ToString();
        var response = await officerB.Submit("/associations/register", fields);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await app.WithDb(db => db.Associations.AnyAsync(a => a.NameFr == fr)));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_officer_edits_their_file_and_the_legal_change_is_kept_as_history(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, email) = await Registration.NewAssociation(app);
        var (ar, fr) = Samples.Names();
        var fields = Registration.Fields(ar, fr);
        fields["Version"] = "0";
        var response = await officer.Submit($"/my/associations/{id}/edit", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var entry = await app.WithDb(db => db.AuditEntries.SingleAsync(e => e.Action == "association.edited" && e.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(email, entry.ActorName);
        Assert.Contains(fr, entry.After, StringComparison.Ordinal);
        Assert.DoesNotContain(fr, entry.Before, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_stale_edit_is_refused_and_keeps_what_was_typed(string provider)
    {
        var app = Databases.App(provider);
        var (officer, id, _) = await Registration.NewAssociation(app);
        var (ar, fr) = Samples.Names();
        var first = Registration.Fields(ar, fr);
        first["Version"] = "0";
        Assert.Equal(HttpStatusCode.Redirect, (await officer.Submit($"/my/associations/{id}/edit", first)).StatusCode);
        var second = Registration.Fields(ar, "Association Stale Edit");
        second["Version"] = "0";
        var response = await officer.Submit($"/my/associations/{id}/edit", second);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("value=\"Association Stale Edit\"", html, StringComparison.Ordinal);
        Assert.Equal(fr, await app.WithDb(db => db.Associations.Where(a => a.Id == id).Select(a => a.NameFr).SingleAsync()));
    }
}
