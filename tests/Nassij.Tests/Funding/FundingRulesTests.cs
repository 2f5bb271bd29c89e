using Nassij.Web.Features.Associations;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Features.Funding.Calls;
using Nassij.Web.Features.Shared;

namespace Nassij.Tests.Funding;

public sealed class FundingRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static Call Call() => new()
    {
        TitleAr = "ط",
        TitleFr = "A",
        State = CallState.Published,
        OpensAt = Now.AddDays(-1),
        ClosesAt = Now.AddDays(1),
        MinimumAgeMonths = 12,
        Lots = [new() { Id = 1, Number = 1, ThemeAr = "م", ThemeFr = "L", MinimumGrant = 10_000, MaximumGrant = 50_000, Envelope = 100_000 }],
        Documents = [new() { Id = 7, LabelAr = "خطة", LabelFr = "Plan" }],
    };

    private static Association Applicant(DateOnly provisional, DateOnly? final = null) => new()
    {
        NameAr = "ج",
        NameFr = "A",
        Address = "x",
        RegionCode = "06",
        ProvinceCode = "06.141",
        Status = VerificationStatus.Verified,
        ProvisionalReceiptOn = provisional,
        FinalReceiptOn = final,
    };

    [Fact]
    public void The_deadline_is_the_server_s_clock_to_the_second()
    {
        var call = Call();
        Assert.True(call.AcceptsApplicationsAt(call.ClosesAt.AddTicks(-1)));
        Assert.False(call.AcceptsApplicationsAt(call.ClosesAt));
        Assert.False(call.AcceptsApplicationsAt(call.OpensAt.AddTicks(-1)));
        Assert.Equal(CallState.Closed, call.StateAt(call.ClosesAt));
        call.State = CallState.Draft;
        Assert.False(call.AcceptsApplicationsAt(Now));
    }

    [Fact]
    public void An_association_declared_long_enough_ago_with_its_receipt_is_eligible()
    {
        Assert.Empty(Eligibility.Check(Call(), Applicant(new DateOnly(2024, 1, 1), new DateOnly(2024, 2, 1)), Now, 0, false));
    }

    [Fact]
    public void Each_eligibility_rule_gives_its_own_reason()
    {
        var young = Applicant(new DateOnly(2026, 10, 1));
        var reasons = Eligibility.Check(Call(), young, Now, 0, false).Select(r => r.Key).ToList();
        Assert.Contains("The association needs its final receipt, or 60 days since its provisional receipt.", reasons);
        Assert.Contains("The association must have been declared at least {0} months before the closing date.", reasons);

        var call = Call();
        call.AllowedRegions = "01,02";
        var old = Applicant(new DateOnly(2020, 1, 1));
        old.Status = VerificationStatus.Pending;
        reasons = Eligibility.Check(call, old, Now, 1, true).Select(r => r.Key).ToList();
        Assert.Equal(
            ["The association's file must first be verified by the ministry.", "This call is not open to associations of this region.", "The association has already applied to this lot.", "The association has a report overdue on an earlier agreement."],
            reasons);
    }

    [Fact]
    public void Sixty_days_after_the_provisional_receipt_an_association_may_apply_without_the_final_one()
    {
        var call = Call();
        call.MinimumAgeMonths = 0;
        var closing = DateOnly.FromDateTime(call.ClosesAt.UtcDateTime);
        Assert.Empty(Eligibility.Check(call, Applicant(closing.AddDays(-61)), Now, 0, false));
        Assert.NotEmpty(Eligibility.Check(call, Applicant(closing.AddDays(-30)), Now, 0, false));
    }

    [Fact]
    public void A_complete_application_misses_nothing_and_each_gap_is_named()
    {
        var call = Call();
        var application = new Application
        {
            Title = "t",
            Summary = "s",
            Objectives = "o",
            TargetGroup = "g",
            Beneficiaries = 10,
            Activities = [new() { Number = 1, Title = "a", Place = "p", StartsOn = new DateOnly(2027, 1, 1), EndsOn = new DateOnly(2027, 1, 2) }],
            Budget = [new() { Number = 1, Description = "d", Quantity = 2, UnitCost = 15_000, Requested = 20_000 }],
            Indicators = [new() { Number = 1, Label = "i", Target = 10 }],
            Attachments = [new() { RequiredDocumentId = 7, FileName = "plan.pdf" }],
            RequestedTotal = 20_000,
        };
        Assert.Empty(ApplicationRules.MissingParts(application, call, call.Lots[0]));

        application.Activities[0].EndsOn = new DateOnly(2026, 12, 1);
        application.Budget[0].Requested = 40_000;
        application.RequestedTotal = 60_000;
        application.Attachments.Clear();
        var missing = ApplicationRules.MissingParts(application, call, call.Lots[0]).Select(m => m.Key).ToList();
        Assert.Equal(4, missing.Count);
        Assert.Contains("Activity {0}: its title, place, and dates (the end not before the start).", missing);
        Assert.Contains("Budget line {0}: a description, a quantity and a unit cost, and no more requested than it costs.", missing);
        Assert.Contains("A total requested between {0} and {1} (now {2}).", missing);
        Assert.Contains("The document: {0}", missing);
    }

    [Fact]
    public void The_fingerprint_changes_with_the_content_not_with_the_scale_of_decimals()
    {
        var a = new Application { Title = "t", Budget = [new() { Number = 1, Description = "d", Quantity = 2, UnitCost = 5m, Requested = 10m }] };
        var b = new Application { Title = "t", Budget = [new() { Number = 1, Description = "d", Quantity = 2.00m, UnitCost = 5.00m, Requested = 10.0m }] };
        Assert.Equal(ApplicationRules.Fingerprint(a), ApplicationRules.Fingerprint(b));
        b.Title = "t2";
        Assert.NotEqual(ApplicationRules.Fingerprint(a), ApplicationRules.Fingerprint(b));
    }

    [Fact]
    public void A_lot_with_applications_cannot_be_removed_and_lot_amounts_must_nest()
    {
        var form = new CallForm
        {
            Lots = [new() { Id = 3 }, new() { ThemeAr = "م", ThemeFr = "L", Envelope = 100, MinimumGrant = 60, MaximumGrant = 50 }],
        };
        var breaches = CallRules.Check(form, CallState.Draft, new HashSet<int> { 3 });
        Assert.Equal(["Lots[0].ThemeAr", "Lots[1].MaximumGrant"], breaches.Select(b => b.Field));
        Assert.Contains(CallRules.Check(form, CallState.Published, new HashSet<int>()), b => b.Field == nameof(CallForm.AmendmentReason));
    }

    [Fact]
    public void Lines_keep_their_records_and_a_forged_id_makes_a_new_one()
    {
        var call = Call();
        var form = CallRules.ToForm(call);
        form.OpensAt = new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Unspecified);
        form.ClosesAt = new DateTime(2027, 1, 1, 9, 0, 0, DateTimeKind.Unspecified);
        form.Lots[0].MaximumGrant = 60_000;
        form.Lots[1] = new LotLine { Id = 999, ThemeAr = "ج", ThemeFr = "N", Envelope = 1, MaximumGrant = 1 };
        CallRules.Apply(form, call);
        Assert.Equal(2, call.Lots.Count);
        Assert.Equal(1, call.Lots[0].Id);
        Assert.Equal(60_000, call.Lots[0].MaximumGrant);
        Assert.Equal(0, call.Lots[1].Id);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero), call.OpensAt);
    }

    [Theory]
    [InlineData("12 500,50", "12500.50")]
    [InlineData("12.500,50", "12500.50")]
    [InlineData("12,500.50", "12500.50")]
    [InlineData("12500.5", "12500.5")]
    [InlineData("1.234.567", "1234567")]
    [InlineData("١٢٥٠٠٫٥", "12500.5")]
    [InlineData("150000", "150000")]
    public void Amounts_are_read_as_Moroccans_type_them(string typed, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), AmountBinder.Parse(typed));
    }

    [Fact]
    public void Something_that_is_not_an_amount_is_not_read_as_one()
    {
        Assert.Null(AmountBinder.Parse("douze"));
    }
}
