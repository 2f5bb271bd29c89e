using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Demo;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Features.Funding.Calls;
using Nassij.Web.Features.Funding.Evaluations;

namespace Nassij.Tests.Funding;

public sealed class CommitteeTests
{
    private static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task<(Call Call, int Application, Browser Officer)> Submitted(NassijFactory app, Action<Call>? tweak = null)
    {
        var call = await Rounds.OpenCall(app, tweak);
        var (officer, associationId) = await Rounds.VerifiedApplicant(app);
        var id = await Rounds.Start(officer, call, associationId);
        Assert.Equal(HttpStatusCode.Redirect, (await Rounds.FillAndSubmit(app, officer, call, id)).StatusCode);
        return (call, id, officer);
    }

    private static Task<HttpResponseMessage> Screen(Browser manager, int application, bool eligible, string reason = "") =>
        manager.Submit($"/staff/applications/{application}", new() { ["Eligible"] = eligible ? "true" : "false", ["Reason"] = reason }, postUrl: $"/staff/applications/{application}?handler=Screen");

    private static async Task<int> EvaluationOf(NassijFactory app, int application, string email) =>
        await app.WithDb(db => db.Evaluations.Where(e => e.ApplicationId == application && db.Users.Any(u => u.Id == e.EvaluatorId && u.Email == email)).Select(e => e.Id).SingleAsync());

    private static Dictionary<string, string> Scores(Call call, int first, int second, string justification = "Bien argumenté") => new()
    {
        ["Version"] = "0",
        ["Scores[0].CriterionId"] = S(call.Criteria[0].Id),
        ["Scores[0].Points"] = S(first),
        ["Scores[0].Justification"] = justification,
        ["Scores[1].CriterionId"] = S(call.Criteria[1].Id),
        ["Scores[1].Points"] = S(second),
        ["Scores[1].Justification"] = justification,
    };

    private static async Task Evaluate(NassijFactory app, string email, int application, Call call, int first, int second)
    {
        var evaluator = await Browser.SignedIn(app, email);
        var id = await EvaluationOf(app, application, email);
        Assert.Equal(HttpStatusCode.Redirect, (await evaluator.Submit($"/evaluations/{id}", new() { ["Conflict"] = "false" }, postUrl: $"/evaluations/{id}?handler=Declare")).StatusCode);
        var version = await app.WithDb(db => db.Evaluations.Where(e => e.Id == id).Select(e => e.Version).SingleAsync());
        var fields = Scores(call, first, second);
        fields["Version"] = S(version);
        var submitted = await evaluator.Submit($"/evaluations/{id}", fields, postUrl: $"/evaluations/{id}?handler=Submit");
        Assert.True(submitted.StatusCode == HttpStatusCode.Redirect, await submitted.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Screening_waits_for_the_deadline_and_an_ineligible_applicant_reads_the_reason(string provider)
    {
        var app = Databases.App(provider);
        var (call, id, officer) = await Submitted(app);
        var manager = await Browser.SignedIn(app, $"calls@{DemoData.Domain}");
        Assert.Equal(HttpStatusCode.OK, (await Screen(manager, id, eligible: true)).StatusCode);
        Assert.Equal(ApplicationState.Submitted, await app.WithDb(db => db.Applications.Where(a => a.Id == id).Select(a => a.State).SingleAsync()));

        await Rounds.Close(app, call);
        var noReason = await Screen(manager, id, eligible: false);
        Assert.Contains("id=\"Reason-error\"", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Screen(manager, id, eligible: false, "Le plan d'action n'est pas signé")).StatusCode);
        Assert.Contains("Le plan d&#x27;action n&#x27;est pas signé", await officer.Html($"/my/applications/{id}"), StringComparison.Ordinal);
        Assert.Equal(CallState.Evaluation, await app.WithDb(db => db.Calls.Where(c => c.Id == call.Id).Select(c => c.State).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Evaluators_see_only_their_assignments_declare_conflicts_first_and_submitted_scores_are_locked(string provider)
    {
        var app = Databases.App(provider);
        var (call, id, _) = await Submitted(app);
        await Rounds.NewEvaluator(app, call);
        await Rounds.Close(app, call);
        var manager = await Browser.SignedIn(app, $"calls@{DemoData.Domain}");
        await Screen(manager, id, eligible: true);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.Submit($"/staff/calls/{call.Id}/applications", [], postUrl: $"/staff/calls/{call.Id}/applications?handler=Assign")).StatusCode);
        var assigned = await app.WithDb(db => db.Evaluations.Where(e => e.ApplicationId == id).Select(e => e.EvaluatorId).ToListAsync());
        Assert.Equal(2, assigned.Count);

        // Whoever was assigned, the first evaluator declares a conflict and is replaced by the one left out.
        var emails = await app.WithDb(db => db.Users.Where(u => assigned.Contains(u.Id)).Select(u => u.Email!).ToListAsync());
        var recusing = emails[0];
        var staying = emails[1];
        var recuser = await Browser.SignedIn(app, recusing);
        var recusedId = await EvaluationOf(app, id, recusing);
        var before = await recuser.Html($"/evaluations/{recusedId}");
        Assert.DoesNotContain("منصة رقمية للعرائض المحلية", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await recuser.Submit($"/evaluations/{recusedId}", new() { ["Conflict"] = "true", ["ConflictReason"] = "Je suis membre du bureau" }, postUrl: $"/evaluations/{recusedId}?handler=Declare")).StatusCode);
        var now = await app.WithDb(db => db.Evaluations.Where(e => e.ApplicationId == id && e.State != EvaluationState.Recused).Select(e => e.EvaluatorId).ToListAsync());
        Assert.Equal(2, now.Count);
        Assert.DoesNotContain(assigned[0], now);

        // The one who stays cannot open the other's evaluation, and an unjustified score is refused.
        var stayer = await Browser.SignedIn(app, staying);
        var stayingId = await EvaluationOf(app, id, staying);
        var otherId = await app.WithDb(db => db.Evaluations.Where(e => e.ApplicationId == id && e.Id != stayingId && e.State != EvaluationState.Recused).Select(e => e.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await stayer.Get($"/evaluations/{otherId}")).StatusCode);
        await stayer.Submit($"/evaluations/{stayingId}", new() { ["Conflict"] = "false" }, postUrl: $"/evaluations/{stayingId}?handler=Declare");
        Assert.Contains("منصة رقمية للعرائض المحلية", await stayer.Html($"/evaluations/{stayingId}"), StringComparison.Ordinal);

        // Documents follow the assignment: the evaluator reads this application's plan, the one who recused does not.
        var plan = await app.WithDb(db => db.Applications.Where(a => a.Id == id).SelectMany(a => a.Attachments).Select(x => x.FileId).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await stayer.Get($"/files/{plan}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await recuser.Get($"/files/{plan}")).StatusCode);
        var statutes = await app.WithDb(db => db.Applications.Where(a => a.Id == id).Join(db.Associations, a => a.AssociationId, s => s.Id, (a, s) => s.StatutesFileId).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await stayer.Get($"/files/{statutes}")).StatusCode);
        var version = await app.WithDb(db => db.Evaluations.Where(e => e.Id == stayingId).Select(e => e.Version).SingleAsync());
        var unjustified = Scores(call, 50, 30, justification: "");
        unjustified["Version"] = S(version);
        var refused = await stayer.Submit($"/evaluations/{stayingId}", unjustified, postUrl: $"/evaluations/{stayingId}?handler=Submit");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(EvaluationState.InProgress, await app.WithDb(db => db.Evaluations.Where(e => e.Id == stayingId).Select(e => e.State).SingleAsync()));
        var tooMany = Scores(call, 61, 30);
        tooMany["Version"] = S(version);
        Assert.Equal(HttpStatusCode.OK, (await stayer.Submit($"/evaluations/{stayingId}", tooMany, postUrl: $"/evaluations/{stayingId}?handler=Submit")).StatusCode);

        var good = Scores(call, 50, 30);
        good["Version"] = S(version);
        Assert.Equal(HttpStatusCode.Redirect, (await stayer.Submit($"/evaluations/{stayingId}", good, postUrl: $"/evaluations/{stayingId}?handler=Submit")).StatusCode);
        var changed = Scores(call, 10, 10);
        changed["Version"] = S(version + 1);
        await stayer.Submit($"/evaluations/{stayingId}", changed, postUrl: $"/evaluations/{stayingId}?handler=Save");
        Assert.Equal(80, await app.WithDb(db => db.Evaluations.Where(e => e.Id == stayingId).Select(e => e.Total).SingleAsync()));
        var president = await Browser.SignedIn(app, $"president1@{DemoData.Domain}");
        Assert.Equal(HttpStatusCode.Redirect, (await president.Get($"/evaluations/{stayingId}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_committee_selects_within_the_envelope_and_applicants_are_told_with_their_scores(string provider)
    {
        var app = Databases.App(provider);
        var (call, first, officer) = await Submitted(app, c => c.Lots[0].Envelope = 60_000m);
        var (officerB, associationB) = await Rounds.VerifiedApplicant(app);
        var second = await Rounds.Start(officerB, call, associationB);
        await Rounds.FillAndSubmit(app, officerB, call, second);
        await Rounds.Close(app, call);
        var manager = await Browser.SignedIn(app, $"calls@{DemoData.Domain}");
        await Screen(manager, first, eligible: true);
        await Screen(manager, second, eligible: true);
        await manager.Submit($"/staff/calls/{call.Id}/applications", [], postUrl: $"/staff/calls/{call.Id}/applications?handler=Assign");
        foreach (var email in new[] { $"evaluator@{DemoData.Domain}", $"evaluator2@{DemoData.Domain}" })
        {
            await Evaluate(app, email, first, call, 55, 35);
            await Evaluate(app, email, second, call, 40, 20);
        }

        var ranked = await app.WithDb(db => db.Applications.Where(a => a.Id == first || a.Id == second).OrderBy(a => a.Id).Select(a => new { a.State, a.AverageScore }).ToListAsync());
        Assert.All(ranked, r => Assert.Equal(ApplicationState.Evaluated, r.State));
        Assert.Equal(90m, ranked[0].AverageScore);

        var ranking = $"/staff/calls/{call.Id}/ranking?lot={call.Lots[0].Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await manager.Submit(ranking, [], postUrl: ranking + "&handler=Propose")).StatusCode);
        var states = await app.WithDb(db => db.Applications.Where(a => a.Id == first || a.Id == second).OrderBy(a => a.Id).Select(a => a.State).ToListAsync());
        Assert.Equal([ApplicationState.Selected, ApplicationState.Waitlisted], states);

        // Selecting the second too would exceed the 60,000 MAD envelope: refused.
        var over = await manager.Submit(ranking, new() { ["decision"] = "Selected", ["amount"] = "45000" }, postUrl: ranking + $"&handler=Decide&applicationId={second}");
        Assert.Equal(HttpStatusCode.OK, over.StatusCode);
        Assert.Equal(ApplicationState.Waitlisted, await app.WithDb(db => db.Applications.Where(a => a.Id == second).Select(a => a.State).SingleAsync()));

        // Results wait for the decision of every lot, recorded with its minutes; then the lot is locked.
        var overview = $"/staff/calls/{call.Id}";
        Assert.Equal(HttpStatusCode.OK, (await manager.Submit(overview, [], postUrl: overview + "?handler=PublishResults")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.Submit(ranking, new() { ["Notes"] = "Unanimité" }, postUrl: ranking + "&handler=RecordDecision")).StatusCode);
        var minutes = await manager.Get($"/staff/calls/{call.Id}/lots/{call.Lots[0].Id}/minutes");
        Assert.Contains("Unanimité", await Pdfs.Text(await minutes.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        var locked = await manager.Submit(ranking, new() { ["decision"] = "NotSelected", ["amount"] = "" }, postUrl: ranking + $"&handler=Decide&applicationId={first}");
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Equal(ApplicationState.Selected, await app.WithDb(db => db.Applications.Where(a => a.Id == first).Select(a => a.State).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await manager.Submit(overview, [], postUrl: overview + "?handler=PublishResults")).StatusCode);
        var page = await Browser.Open(app, "fr").Html($"/calls/{call.Id}");
        Assert.Contains("45.000,00 MAD", page, StringComparison.Ordinal);
        Assert.Contains("Bien argumenté", await officer.Html($"/my/applications/{first}"), StringComparison.Ordinal);
        var mails = await app.WithDb(db => db.OutboxMessages.Where(m => m.Body.Contains(call.TitleAr) || m.Body.Contains(call.TitleFr)).Select(m => m.Subject).ToListAsync());
        Assert.Equal(2, mails.Count);
    }
}
