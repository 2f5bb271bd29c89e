using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Infrastructure;

namespace Nassij.Tests.Associations;

/// <summary>The 60-day rule of the Dahir of 1958 (art. 5) as the association's page shows it, on the platform's
/// clock in Casablanca: still waiting on the 60th day until midnight, entitled to operate from the 61st.</summary>
public sealed class ReceiptRuleClockTests(ClockedApp clocked) : IClassFixture<ClockedApp>
{
    private const string Waiting = "وصل مؤقت: في انتظار الوصل النهائي";
    private const string Entitled = "لم يُسلَّم الوصل النهائي بعد 60 يوما";

    [Fact]
    public async Task The_association_waits_through_day_60_and_may_operate_from_day_61()
    {
        var app = clocked.App;
        var (_, id, email) = await Registration.NewAssociation(app);
        var receiptOn = clocked.Today;
        await app.WithDb(db => db.Associations.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.ProvisionalReceiptOn, receiptOn)));

        clocked.MoveTo(receiptOn.AddDays(59), new TimeOnly(12, 0));
        Assert.Contains(Waiting, await Stage(email, id), StringComparison.Ordinal);
        clocked.MoveTo(receiptOn.AddDays(60), new TimeOnly(23, 59, 59));
        Assert.Contains(Waiting, await Stage(email, id), StringComparison.Ordinal);
        clocked.MoveTo(receiptOn.AddDays(61), TimeOnly.MinValue);
        Assert.Contains(Entitled, await Stage(email, id), StringComparison.Ordinal);
    }

    // Signed in anew each time: a sign-in does not outlive two months of the clock moving.
    private async Task<string> Stage(string email, int id)
    {
        var officer = await Browser.SignedIn(clocked.App, email);
        var html = await officer.Html($"/my/associations/{id}");
        var start = html.IndexOf("data-testid=\"receipt-stage\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no receipt stage on the association's page");
        return html[start..html.IndexOf("</span>", start, StringComparison.Ordinal)];
    }
}
