using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Associations;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Associations;
using Nassij.Web.Features.Demo;
using Nassij.Web.Features.Funding.Calls;
using Nassij.Web.Platform.Security;

namespace Nassij.Tests.Funding;

/// <summary>Calls, applicants and applications made for a test: each test makes its own.</summary>
public static class Rounds
{
    public static async Task<Call> OpenCall(NassijFactory app, Action<Call>? tweak = null)
    {
        var now = TestClock.Now;
        return await app.WithDb(async db =>
        {
            var demo = new[] { $"evaluator@{DemoData.Domain}", $"evaluator2@{DemoData.Domain}" };
            var evaluators = await db.Users.Where(u => demo.Contains(u.Email)).Select(u => u.Id).ToListAsync();
            var call = new Call
            {
                TitleAr = "طلب عروض تجريبي " + Guid.NewGuid().ToString("N")[..6],
                TitleFr = "Appel d'essai " + Guid.NewGuid().ToString("N")[..6],
                TextAr = "نص",
                TextFr = "Texte",
                OpensAt = now.AddDays(-1),
                ClosesAt = now.AddDays(10),
                State = CallState.Published,
                PublishedAt = now.AddDays(-1),
                CreatedAt = now.AddDays(-2),
                Lots =
                [
                    new() { Number = 1, ThemeAr = "الديمقراطية التشاركية", ThemeFr = "Démocratie participative", Envelope = 500_000m, MinimumGrant = 10_000m, MaximumGrant = 100_000m, IndicativeProjects = 5 },
                    new() { Number = 2, ThemeAr = "الولوج الرقمي", ThemeFr = "Accès numérique", Envelope = 300_000m, MinimumGrant = 10_000m, MaximumGrant = 100_000m, IndicativeProjects = 3 },
                ],
                Criteria = [new() { Number = 1, LabelAr = "الملاءمة", LabelFr = "Pertinence", MaxPoints = 60 }, new() { Number = 2, LabelAr = "الجدوى", LabelFr = "Faisabilité", MaxPoints = 40 }],
                Documents = [new() { Number = 1, LabelAr = "خطة العمل", LabelFr = "Plan d'action" }],
                Declarations = [new() { Number = 1, TextAr = "نشهد بصحة المعلومات.", TextFr = "Nous certifions l'exactitude des informations." }],
                Committee = [.. evaluators.Select(e => new CommitteeSeat { PersonId = e })],
            };
            tweak?.Invoke(call);
            db.Calls.Add(call);
            await db.SaveChangesAsync();
            return call;
        });
    }

    /// <summary>A new association, verified by staff, with its officer signed in.</summary>
    public static async Task<(Browser Officer, int AssociationId)> VerifiedApplicant(NassijFactory app)
    {
        var (officer, id, _) = await Registration.NewAssociation(app);
        await app.WithDb(db => db.Associations.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, VerificationStatus.Verified)));
        return (officer, id);
    }

    public static async Task<int> Start(Browser officer, Call call, int associationId, int lot = 0)
    {
        var response = await officer.Submit($"/calls/{call.Id}/apply", new()
        {
            ["AssociationId"] = associationId.ToString(CultureInfo.InvariantCulture),
            ["LotId"] = call.Lots[lot].Id.ToString(CultureInfo.InvariantCulture),
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    /// <summary>A new person holding the evaluator role, seated on the call's committee; returns their e-mail.</summary>
    public static async Task<string> NewEvaluator(NassijFactory app, Call call)
    {
        var email = await Accounts.People.NewConfirmedPerson(app);
        await app.WithDb(async db =>
        {
            var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            db.RoleGrants.Add(new RoleGrant { PersonId = id, Role = Role.Evaluator });
            db.Add(new CommitteeSeat { CallId = call.Id, PersonId = id });
            return await db.SaveChangesAsync();
        });
        return email;
    }

    public static Task<int> Close(NassijFactory app, Call call) =>
        app.WithDb(db => db.Calls.Where(c => c.Id == call.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.ClosesAt, TestClock.Now.AddSeconds(-1))));

    public static Dictionary<string, string> CompleteDraft(int version = 1) => new()
    {
        ["Version"] = version.ToString(CultureInfo.InvariantCulture),
        ["Input.Title"] = "منصة رقمية للعرائض المحلية",
        ["Input.Summary"] = "تعريف الشباب بآليات العرائض.",
        ["Input.Objectives"] = "تكوين 200 شاب.",
        ["Input.TargetGroup"] = "شباب الأحياء",
        ["Input.Beneficiaries"] = "200",
        ["Input.Activities[0].Title"] = "ورشة تكوينية",
        ["Input.Activities[0].StartsOn"] = TestClock.Day(40),
        ["Input.Activities[0].EndsOn"] = TestClock.Day(42),
        ["Input.Activities[0].Place"] = "الدار البيضاء",
        ["Input.Budget[0].Category"] = "Training",
        ["Input.Budget[0].Description"] = "أتعاب المكونين",
        ["Input.Budget[0].Quantity"] = "4",
        ["Input.Budget[0].UnitCost"] = "12.500,00",
        ["Input.Budget[0].Requested"] = "45000",
        ["Input.Indicators[0].Label"] = "عدد الشباب المكونين",
        ["Input.Indicators[0].Baseline"] = "0",
        ["Input.Indicators[0].Target"] = "200",
    };

    /// <summary>Fills the draft completely, with the call's required document, and submits it.</summary>
    public static async Task<HttpResponseMessage> FillAndSubmit(NassijFactory app, Browser officer, Call call, int applicationId)
    {
        await Fill(app, officer, call, applicationId);
        return await Submit(officer, call, applicationId);
    }

    /// <summary>Fills the draft completely, with the call's required document, and saves it.</summary>
    public static async Task Fill(NassijFactory app, Browser officer, Call call, int applicationId)
    {
        var version = await app.WithDb(db => db.Applications.Where(a => a.Id == applicationId).Select(a => a.Version).SingleAsync());
        var saved = await officer.Submit($"/my/applications/{applicationId}", CompleteDraft(version),
            files: new() { [$"Document_{call.Documents[0].Id}"] = (Samples.Pdf, "plan.pdf") });
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, Registration.Errors(await saved.Content.ReadAsStringAsync()));
    }

    /// <summary>Ticks the call's declaration and submits the saved draft.</summary>
    public static Task<HttpResponseMessage> Submit(Browser officer, Call call, int applicationId) =>
        officer.Submit($"/my/applications/{applicationId}/submit", new() { ["Ticked"] = call.Declarations[0].Id.ToString(CultureInfo.InvariantCulture) });
}
