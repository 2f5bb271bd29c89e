using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Features.Funding.Calls;

namespace Nassij.Web.Features.Funding.Agreements;

/// <summary>How an agreement is drawn from a selected application, and when its tranches may be paid.</summary>
public static class AgreementRules
{
    public const int CodeMinutes = 15;
    public const int CodeTries = 5;

    /// <summary>The tranches' amounts: the first share at signature, the rest after the first report; they always add up to the amount.</summary>
    public static IReadOnlyList<decimal> Schedule(decimal amount, int firstPercent)
    {
        if (firstPercent >= 100)
        {
            return [amount];
        }

        var first = Math.Round(amount * firstPercent / 100m, 2, MidpointRounding.ToZero);
        return [first, amount - first];
    }

    public static string NumberFor(Application application, DateOnly today) =>
        string.Create(CultureInfo.InvariantCulture, $"CONV-{today.Year}-{application.Id:D6}");

    /// <summary>Reports are due a month after the middle of the project (interim) and two months after its end (final).</summary>
    public static (DateOnly Interim, DateOnly Final) ReportDates(Application application, DateOnly today)
    {
        var starts = application.Activities.Where(a => a.StartsOn is not null).Select(a => a.StartsOn!.Value).DefaultIfEmpty(today).Min();
        var ends = application.Activities.Where(a => a.EndsOn is not null).Select(a => a.EndsOn!.Value).DefaultIfEmpty(today.AddMonths(12)).Max();
        if (starts < today)
        {
            starts = today;
        }

        if (ends < starts)
        {
            ends = starts;
        }

        var middle = starts.AddDays((ends.DayNumber - starts.DayNumber) / 2);
        return (middle.AddMonths(1), ends.AddMonths(2));
    }

    public static Agreement Draw(Application application, Call call, DateOnly today, DateTimeOffset now)
    {
        var (interim, final) = ReportDates(application, today);
        var amount = application.GrantedAmount ?? application.RequestedTotal;
        return new Agreement
        {
            Number = NumberFor(application, today),
            CallId = call.Id,
            ApplicationId = application.Id,
            AssociationId = application.AssociationId,
            Amount = amount,
            State = AgreementState.SentForSignature,
            InterimReportDueOn = interim,
            FinalReportDueOn = final,
            CreatedAt = now,
            Tranches = [.. Schedule(amount, call.FirstTranchePercent).Select((a, i) => new Tranche { Number = i + 1, Amount = a })],
        };
    }

    /// <summary>Tranche 1 is releasable once the agreement is active; tranche n once the report covering tranche n-1 is approved.</summary>
    public static void Release(Agreement agreement, int approvedReportsUpToTranche)
    {
        if (agreement.State != AgreementState.Active)
        {
            return;
        }

        foreach (var tranche in agreement.Tranches.Where(t => t.State == TrancheState.Planned && t.Number - 1 <= approvedReportsUpToTranche))
        {
            tranche.State = TrancheState.Releasable;
        }
    }

    public static string NewCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    public static string HashCode(int agreementId, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{agreementId}:{code.Trim()}"))));

    public static bool CodeMatches(Agreement agreement, string? code, DateTimeOffset now) =>
        agreement.CodeHash is not null && agreement.CodeExpiresAt > now && agreement.CodeFailures < CodeTries
        && code is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(agreement.CodeHash), Encoding.ASCII.GetBytes(HashCode(agreement.Id, code)));

    public static string PaymentOrderNumber(Tranche tranche, DateOnly today) =>
        string.Create(CultureInfo.InvariantCulture, $"OP-{today.Year}-{tranche.Id:D6}");
}
