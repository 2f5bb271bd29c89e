using Nassij.Web.Features.Associations;

namespace Nassij.Tests.Associations;

public sealed class VerificationRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static Association Pending() => new() { NameAr = "أ", NameFr = "A", Address = "x", RegionCode = "06", ProvinceCode = "06.141" };

    [Fact]
    public void Rejecting_needs_a_reason()
    {
        var association = Pending();
        Assert.Equal(Decision.ReasonRequired, association.Reject("  ", Now));
        Assert.Equal(VerificationStatus.Pending, association.Status);
    }

    [Fact]
    public void Asking_for_changes_needs_to_say_what()
    {
        var association = Pending();
        Assert.Equal(Decision.ReasonRequired, association.RequestChanges("", Now));
        Assert.Equal(Decision.Done, association.RequestChanges("Add the statutes", Now));
        Assert.Equal("Add the statutes", association.StatusReason);
    }

    [Fact]
    public void Verifying_records_when()
    {
        var association = Pending();
        Assert.Equal(Decision.Done, association.Verify(Now));
        Assert.Equal(VerificationStatus.Verified, association.Status);
        Assert.Equal(Now, association.VerifiedAt);
    }

    [Fact]
    public void A_rejected_file_is_not_verified_later_without_changes()
    {
        var association = Pending();
        association.Reject("Not an association", Now);
        Assert.Equal(Decision.AlreadyDecided, association.Verify(Now));
    }

    [Fact]
    public void Editing_after_a_request_for_changes_sends_it_back_to_the_queue()
    {
        var association = Pending();
        association.RequestChanges("Add the statutes", Now);
        association.Resubmit();
        Assert.Equal(VerificationStatus.Pending, association.Status);
    }
}
