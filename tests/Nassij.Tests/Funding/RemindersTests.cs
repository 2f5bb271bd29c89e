using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Funding.Agreements;
using Nassij.Web.Features.Funding.Reminders;

namespace Nassij.Tests.Funding;

public sealed class RemindersTests
{
    private static async Task Sweep(NassijFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReminderSweep>().Run(TestClock.Now);
    }

    private static Task<List<string>> MailsTo(NassijFactory app, int associationId) =>
        app.WithDb(db => db.OutboxMessages
            .Where(m => db.RoleGrants.Any(g => g.AssociationId == associationId && g.Person!.Email == m.To))
            .Select(m => m.Subject).ToListAsync());

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_report_due_soon_then_late_is_reminded_once_each(string provider)
    {
        var app = Databases.App(provider);
        var (call, applicationId, _, associationId) = await AgreementsTests.Selected(app);
        var id = await AgreementsTests.Drawn(app, call, applicationId);
        var today = TestClock.Today;
        await app.WithDb(db => db.Agreements.Where(a => a.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.State, AgreementState.Active).SetProperty(a => a.InterimReportDueOn, today.AddDays(5))));
        var before = (await MailsTo(app, associationId)).Count;

        await Sweep(app);
        await Sweep(app);
        var soon = (await MailsTo(app, associationId)).Skip(before).ToList();
        Assert.Single(soon);

        await app.WithDb(db => db.Agreements.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.InterimReportDueOn, today.AddDays(-3))));
        await Sweep(app);
        await Sweep(app);
        Assert.Equal(2, (await MailsTo(app, associationId)).Skip(before).Count());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Drafts_are_reminded_before_the_call_closes_and_submitted_applications_are_not(string provider)
    {
        var app = Databases.App(provider);
        var call = await Rounds.OpenCall(app, c => c.ClosesAt = TestClock.Now.AddDays(2));
        var (drafter, draftAssociation) = await Rounds.VerifiedApplicant(app);
        await Rounds.Start(drafter, call, draftAssociation);
        var (submitter, submitAssociation) = await Rounds.VerifiedApplicant(app);
        var submitted = await Rounds.Start(submitter, call, submitAssociation);
        await Rounds.FillAndSubmit(app, submitter, call, submitted);

        await Sweep(app);
        await Sweep(app);
        Assert.Single(await MailsTo(app, draftAssociation));
        Assert.Empty(await MailsTo(app, submitAssociation));
    }
}
