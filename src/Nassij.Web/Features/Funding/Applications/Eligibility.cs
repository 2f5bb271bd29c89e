using Nassij.Web.Features.Associations;
using Nassij.Web.Features.Funding.Calls;
using Nassij.Web.Platform.Localization;

namespace Nassij.Web.Features.Funding.Applications;

/// <summary>A reason, as a resource key with its arguments.</summary>
public sealed record Reason(string Key, params object[] Args);

/// <summary>Who may apply to a call: checked by the server from what the registry holds, never asked of the applicant.</summary>
public static class Eligibility
{
    public static IReadOnlyList<Reason> Check(Call call, Association association, DateTimeOffset now, int earlierApplicationsInLot, bool hasOverdueReport)
    {
        var reasons = new List<Reason>();
        if (!call.AcceptsApplicationsAt(now))
        {
            reasons.Add(new("This call does not accept applications now."));
        }

        if (association.Status != VerificationStatus.Verified)
        {
            reasons.Add(new("The association's file must first be verified by the ministry."));
        }

        var closingDay = DateOnly.FromDateTime(Formats.ToMorocco(call.ClosesAt).DateTime);
        var standing = association.Standing(closingDay).Stage;
        if (standing is not (ReceiptStage.FinalReceipt or ReceiptStage.EntitledToOperate))
        {
            reasons.Add(new("The association needs its final receipt, or 60 days since its provisional receipt."));
        }

        var declaredOn = association.ProvisionalReceiptOn ?? association.FoundedOn;
        if (call.MinimumAgeMonths > 0 && (declaredOn is null || declaredOn.Value.AddMonths(call.MinimumAgeMonths) > closingDay))
        {
            reasons.Add(new("The association must have been declared at least {0} months before the closing date.", call.MinimumAgeMonths));
        }

        if (call.RegionCodes.Count > 0 && !call.RegionCodes.Contains(association.RegionCode))
        {
            reasons.Add(new("This call is not open to associations of this region."));
        }

        if (earlierApplicationsInLot >= call.ApplicationsPerLot)
        {
            reasons.Add(new("The association has already applied to this lot."));
        }

        if (hasOverdueReport)
        {
            reasons.Add(new("The association has a report overdue on an earlier agreement."));
        }

        return reasons;
    }
}
