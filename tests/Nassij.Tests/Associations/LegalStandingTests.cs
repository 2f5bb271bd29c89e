using Nassij.Web.Features.Associations;

namespace Nassij.Tests.Associations;

public sealed class LegalStandingTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void A_final_receipt_settles_it() =>
        Assert.Equal(ReceiptStage.FinalReceipt, LegalStanding.For(Today.AddDays(-200), Today.AddDays(-150), Today).Stage);

    [Fact]
    public void Within_60_days_the_association_waits_and_sees_the_days_left()
    {
        var standing = LegalStanding.For(Today.AddDays(-20), null, Today);
        Assert.Equal(ReceiptStage.AwaitingFinalReceipt, standing.Stage);
        Assert.Equal(40, standing.DaysLeft);
    }

    [Fact]
    public void On_day_60_it_still_waits() =>
        Assert.Equal(ReceiptStage.AwaitingFinalReceipt, LegalStanding.For(Today.AddDays(-60), null, Today).Stage);

    [Fact]
    public void Past_60_days_without_a_final_receipt_it_may_operate_under_its_statutes() =>
        Assert.Equal(ReceiptStage.EntitledToOperate, LegalStanding.For(Today.AddDays(-61), null, Today).Stage);

    [Fact]
    public void Without_any_receipt_nothing_is_assumed() =>
        Assert.Equal(ReceiptStage.NoReceiptRecorded, LegalStanding.For(null, null, Today).Stage);
}
