using System.Net;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Funding.Applications;

namespace Nassij.Tests.Funding;

/// <summary>A call's deadline is the server's clock to the second: a submission one second before it is taken,
/// one at the deadline is refused, whatever the officer's page showed.</summary>
public sealed class DeadlineClockTests(ClockedApp clocked) : IClassFixture<ClockedApp>
{
    [Fact]
    public async Task A_submission_one_second_before_the_deadline_is_taken_and_one_at_the_deadline_refused()
    {
        var app = clocked.App;
        var closesAt = clocked.Clock.GetUtcNow().AddHours(2);
        var call = await Rounds.OpenCall(app, c =>
        {
            c.OpensAt = clocked.Clock.GetUtcNow().AddDays(-1);
            c.ClosesAt = closesAt;
        });
        var (early, earlyAssociation) = await Rounds.VerifiedApplicant(app);
        var (late, lateAssociation) = await Rounds.VerifiedApplicant(app);
        var onTime = await Drafted(early, call, earlyAssociation);
        var tooLate = await Drafted(late, call, lateAssociation);

        clocked.Clock.SetUtcNow(closesAt.AddSeconds(-1));
        var taken = await Rounds.Submit(early, call, onTime);
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);

        clocked.Clock.SetUtcNow(closesAt);
        var refused = await Rounds.Submit(late, call, tooLate);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);

        var states = await app.WithDb(db => db.Applications.Where(a => a.Id == onTime || a.Id == tooLate).OrderBy(a => a.Id == tooLate).Select(a => a.State).ToListAsync());
        Assert.Equal([ApplicationState.Submitted, ApplicationState.Draft], states);
    }

    private async Task<int> Drafted(Browser officer, Web.Features.Funding.Calls.Call call, int associationId)
    {
        var id = await Rounds.Start(officer, call, associationId);
        await Rounds.Fill(clocked.App, officer, call, id);
        return id;
    }
}
