namespace Nassij.Web.Features.Associations;

public enum ReceiptStage
{
    NoReceiptRecorded,
    AwaitingFinalReceipt,
    EntitledToOperate,
    FinalReceipt,
}

/// <summary>Where an association stands with its declaration receipts (Dahir 1958, art. 5).</summary>
public sealed record LegalStanding(ReceiptStage Stage, int DaysLeft)
{
    public const int FinalReceiptDays = 60;

    public static LegalStanding For(DateOnly? provisional, DateOnly? final, DateOnly today)
    {
        if (final is not null)
        {
            return new(ReceiptStage.FinalReceipt, 0);
        }

        if (provisional is null)
        {
            return new(ReceiptStage.NoReceiptRecorded, 0);
        }

        var elapsed = today.DayNumber - provisional.Value.DayNumber;
        return elapsed > FinalReceiptDays
            ? new(ReceiptStage.EntitledToOperate, 0)
            : new(ReceiptStage.AwaitingFinalReceipt, FinalReceiptDays - elapsed);
    }
}
