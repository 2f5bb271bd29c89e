namespace Nassij.Web.Features.Workspace.Dues;

public enum DuesStanding
{
    /// <summary>Nothing is owed (no fee for the member's category that year).</summary>
    Exempt = 1,
    UpToDate = 2,

    /// <summary>Not paid yet, but the due date has not passed.</summary>
    Due = 3,
    PartlyPaid = 4,
    InArrears = 5,
}

/// <summary>Where a member stands with their dues; the one place this is decided.</summary>
public static class DuesRules
{
    public static DuesStanding Standing(decimal owed, decimal paid, DateOnly dueOn, DateOnly today) =>
        owed <= 0 ? DuesStanding.Exempt
        : paid >= owed ? DuesStanding.UpToDate
        : today <= dueOn ? DuesStanding.Due
        : paid > 0 ? DuesStanding.PartlyPaid
        : DuesStanding.InArrears;

    /// <summary>A member owes the year's fee if they are active and joined before the year ended.</summary>
    public static bool Owes(Members.MemberStatus status, DateOnly joinedOn, int year) =>
        status == Members.MemberStatus.Active && joinedOn.Year <= year;

    public static string Label(DuesStanding standing) => standing switch
    {
        DuesStanding.Exempt => "No dues",
        DuesStanding.UpToDate => "Up to date",
        DuesStanding.Due => "Due",
        DuesStanding.PartlyPaid => "Partly paid",
        DuesStanding.InArrears => "In arrears",
        _ => standing.ToString(),
    };

    public static string Label(PaymentMethod method) => method switch
    {
        PaymentMethod.Cash => "Cash",
        PaymentMethod.Transfer => "Bank transfer",
        PaymentMethod.Cheque => "Cheque",
        _ => method.ToString(),
    };
}
