using Nassij.Web.Features.Workspace.Dues;
using Nassij.Web.Features.Workspace.Members;

namespace Nassij.Tests.Workspace;

public sealed class DuesRulesTests
{
    private static readonly DateOnly DueOn = new(2026, 3, 31);

    [Theory]
    [InlineData(0, 0, "2026-06-01", DuesStanding.Exempt)]
    [InlineData(200, 200, "2026-06-01", DuesStanding.UpToDate)]
    [InlineData(200, 250, "2026-06-01", DuesStanding.UpToDate)]
    [InlineData(200, 0, "2026-03-31", DuesStanding.Due)]
    [InlineData(200, 50, "2026-03-31", DuesStanding.Due)]
    [InlineData(200, 50, "2026-04-01", DuesStanding.PartlyPaid)]
    [InlineData(200, 0, "2026-04-01", DuesStanding.InArrears)]
    public void A_member_s_standing_follows_what_is_owed_paid_and_the_due_date(int owed, int paid, string today, DuesStanding expected) =>
        Assert.Equal(expected, DuesRules.Standing(owed, paid, DueOn, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(MemberStatus.Active, 2025, 2026, true)]
    [InlineData(MemberStatus.Active, 2026, 2026, true)]
    [InlineData(MemberStatus.Active, 2027, 2026, false)]
    [InlineData(MemberStatus.Suspended, 2020, 2026, false)]
    [InlineData(MemberStatus.Left, 2020, 2026, false)]
    public void Only_active_members_who_had_joined_owe_the_year_s_fee(MemberStatus status, int joined, int year, bool owes) =>
        Assert.Equal(owes, DuesRules.Owes(status, new DateOnly(joined, 6, 1), year));
}
