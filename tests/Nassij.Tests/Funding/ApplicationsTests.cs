using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Associations;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Funding.Applications;

namespace Nassij.Tests.Funding;

public sealed class ApplicationsTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_officer_drafts_submits_and_gets_a_frozen_application_with_a_reference(string provider)
    {
        var app = Databases.App(provider);
        var call = await Rounds.OpenCall(app);
        var (officer, associationId) = await Rounds.VerifiedApplicant(app);
        var id = await Rounds.Start(officer, call, associationId);

        // An empty draft lists plainly what is missing.
        var check = await officer.Html($"/my/applications/{id}/submit");
        Assert.Contains("عنوان المشروع.", check, StringComparison.Ordinal);
        Assert.Contains("الوثيقة: خطة العمل", check, StringComparison.Ordinal);
        Assert.Contains("12 rue des Écoles", check, StringComparison.Ordinal);

        var submitted = await Rounds.FillAndSubmit(app, officer, call, id);
        Assert.True(submitted.StatusCode == HttpStatusCode.Redirect, await submitted.Content.ReadAsStringAsync());
        var saved = await app.WithDb(db => db.Applications.Include(a => a.Budget).SingleAsync(a => a.Id == id));
        Assert.Equal(ApplicationState.Submitted, saved.State);
        Assert.Equal(45_000m, saved.RequestedTotal);
        Assert.Equal(5_000m, saved.Budget[0].CoFunding);
        Assert.Matches("^AP[0-9]{3}-1-[0-9]{6}$", saved.Reference!);
        Assert.Equal(64, saved.Fingerprint!.Length);
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.Action == "application.submitted" && e.EntityId == id.ToString(CultureInfo.InvariantCulture))));

        var page = await officer.Html($"/my/applications/{id}");
        Assert.Contains(saved.Reference!, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Title", page, StringComparison.Ordinal);
        var edit = await officer.Submit($"/my/applications/{id}", Rounds.CompleteDraft(saved.Version));
        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);

        var receipt = await officer.Get($"/my/applications/{id}/receipt");
        Assert.Equal("application/pdf", receipt.Content.Headers.ContentType?.MediaType);
        var bytes = await receipt.Content.ReadAsByteArrayAsync(); await File.WriteAllBytesAsync($"/tmp/receipt-{provider}.pdf", bytes);
        var text = await Pdfs.Text(bytes);
        Assert.Contains(saved.Reference!, text, StringComparison.Ordinal);
        Assert.Contains(saved.Fingerprint!, text.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("منصة رقمية للعرائض المحلية", text, StringComparison.Ordinal);
        var (other, _) = await Rounds.VerifiedApplicant(app);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Get($"/my/applications/{id}/receipt")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_server_refuses_a_submission_after_the_closing_time_whatever_the_page_showed(string provider)
    {
        var app = Databases.App(provider);
        var call = await Rounds.OpenCall(app);
        var (officer, associationId) = await Rounds.VerifiedApplicant(app);
        var id = await Rounds.Start(officer, call, associationId);
        var form = await officer.Html($"/my/applications/{id}/submit");
        Assert.Contains("Ticked", form, StringComparison.Ordinal);

        await app.WithDb(db => db.Calls.Where(c => c.Id == call.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.ClosesAt, TestClock.Now.AddSeconds(-1))));
        var response = await Rounds.FillAndSubmit(app, officer, call, id);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("طلب العروض هذا لا يقبل الطلبات حاليا.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ApplicationState.Draft, await app.WithDb(db => db.Applications.Where(a => a.Id == id).Select(a => a.State).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Another_association_sees_and_changes_nothing_of_an_application(string provider)
    {
        var app = Databases.App(provider);
        var call = await Rounds.OpenCall(app);
        var (officer, associationId) = await Rounds.VerifiedApplicant(app);
        var id = await Rounds.Start(officer, call, associationId);
        var (other, _) = await Rounds.VerifiedApplicant(app);

        Assert.Equal(HttpStatusCode.NotFound, (await other.Get($"/my/applications/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Get($"/my/applications/{id}/submit")).StatusCode);
        var forged = await other.Submit("/my/applications", Rounds.CompleteDraft(), postUrl: $"/my/applications/{id}");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.DoesNotContain($"/my/applications/{id}\"", await other.Html("/my/applications"), StringComparison.Ordinal);

        // Applying in the name of an association one is not an officer of is refused.
        var hijack = await other.Submit($"/calls/{call.Id}/apply", new()
        {
            ["AssociationId"] = associationId.ToString(CultureInfo.InvariantCulture),
            ["LotId"] = call.Lots[1].Id.ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.OK, hijack.StatusCode);
        Assert.False(await app.WithDb(db => db.Applications.AnyAsync(a => a.AssociationId == associationId && a.LotId == call.Lots[1].Id)));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Eligibility_comes_from_the_registry_and_one_application_per_lot(string provider)
    {
        var app = Databases.App(provider);
        var call = await Rounds.OpenCall(app, c => c.AllowedRegions = "01");
        var (pending, pendingId, _) = await Registration.NewAssociation(app);
        var refused = await pending.Submit($"/calls/{call.Id}/apply", new()
        {
            ["AssociationId"] = pendingId.ToString(CultureInfo.InvariantCulture),
            ["LotId"] = call.Lots[0].Id.ToString(CultureInfo.InvariantCulture),
        });
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("يجب أولا أن تتحقق الوزارة من ملف الجمعية.", html, StringComparison.Ordinal);
        Assert.Contains("طلب العروض هذا غير مفتوح لجمعيات هذه الجهة.", html, StringComparison.Ordinal);

        var open = await Rounds.OpenCall(app);
        var (officer, associationId) = await Rounds.VerifiedApplicant(app);
        var id = await Rounds.Start(officer, open, associationId);
        Assert.Equal(HttpStatusCode.Redirect, (await Rounds.FillAndSubmit(app, officer, open, id)).StatusCode);
        var again = await officer.Submit($"/calls/{open.Id}/apply", new()
        {
            ["AssociationId"] = associationId.ToString(CultureInfo.InvariantCulture),
            ["LotId"] = open.Lots[0].Id.ToString(CultureInfo.InvariantCulture),
        });
        Assert.Contains("سبق للجمعية أن تقدمت بطلب في هذا المجال.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_submitted_application_is_withdrawn_before_the_deadline_and_a_new_one_can_start(string provider)
    {
        var app = Databases.App(provider);
        var call = await Rounds.OpenCall(app);
        var (officer, associationId) = await Rounds.VerifiedApplicant(app);
        var id = await Rounds.Start(officer, call, associationId);
        await Rounds.FillAndSubmit(app, officer, call, id);
        var withdrawn = await officer.Submit($"/my/applications/{id}", [], postUrl: $"/my/applications/{id}?handler=Withdraw");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(ApplicationState.Withdrawn, await app.WithDb(db => db.Applications.Where(a => a.Id == id).Select(a => a.State).SingleAsync()));
        Assert.NotEqual(id, await Rounds.Start(officer, call, associationId));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_draft_saves_itself_and_a_stale_save_is_refused_without_losing_the_newer(string provider)
    {
        var app = Databases.App(provider);
        var call = await Rounds.OpenCall(app);
        var (officer, associationId) = await Rounds.VerifiedApplicant(app);
        var id = await Rounds.Start(officer, call, associationId);
        var version = await app.WithDb(db => db.Applications.Where(a => a.Id == id).Select(a => a.Version).SingleAsync());
        var autosave = $"/my/applications/{id}?handler=Autosave";
        var saved = await officer.Submit($"/my/applications/{id}", Rounds.CompleteDraft(version), postUrl: autosave);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal((version + 1).ToString(CultureInfo.InvariantCulture), await saved.Content.ReadAsStringAsync());
        var stale = Rounds.CompleteDraft(version);
        stale["Input.Title"] = "Ancien titre";
        Assert.Equal(HttpStatusCode.Conflict, (await officer.Submit($"/my/applications/{id}", stale, postUrl: autosave)).StatusCode);
        Assert.Equal("منصة رقمية للعرائض المحلية", await app.WithDb(db => db.Applications.Where(a => a.Id == id).Select(a => a.Title).SingleAsync()));
        var (other, _) = await Rounds.VerifiedApplicant(app);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Submit("/my/applications", Rounds.CompleteDraft(version + 1), postUrl: autosave)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_file_of_the_wrong_type_is_refused_next_to_its_field_and_the_draft_keeps_the_text(string provider)
    {
        var app = Databases.App(provider);
        var call = await Rounds.OpenCall(app);
        var (officer, associationId) = await Rounds.VerifiedApplicant(app);
        var id = await Rounds.Start(officer, call, associationId);
        var version = await app.WithDb(db => db.Applications.Where(a => a.Id == id).Select(a => a.Version).SingleAsync());
        var name = $"Document_{call.Documents[0].Id}";
        var response = await officer.Submit($"/my/applications/{id}", Rounds.CompleteDraft(version),
            files: new() { [name] = ("MZ not a pdf"u8.ToArray(), "plan.exe") });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"id=\"{name}-error\"", html, StringComparison.Ordinal);
        Assert.Contains("منصة رقمية للعرائض المحلية", html, StringComparison.Ordinal);
    }
}
