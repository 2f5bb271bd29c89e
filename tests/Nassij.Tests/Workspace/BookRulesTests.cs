using Nassij.Web.Features.Workspace.Books;

namespace Nassij.Tests.Workspace;

public sealed class BookRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static EntryDraft Draft(EntryKind kind = EntryKind.Expense, string? category = "6125", FundSource source = FundSource.Own,
        string? agreement = null, DateOnly? agreementDate = null, string? funder = null, DateOnly? date = null, int? to = null) =>
        new(kind, date ?? Today, 100m, 1, to, "x", null, null, category, source, null, null, agreement, agreementDate, funder);

    [Theory]
    [InlineData(EntryKind.Income)]
    [InlineData(EntryKind.Expense)]
    [InlineData(EntryKind.Transfer)]
    [InlineData(EntryKind.Opening)]
    public void Every_kind_of_entry_balances_and_so_does_its_reversal(EntryKind kind)
    {
        var lines = BookRules.Lines(kind, 1234.56m, 1, 2, "6125");
        Assert.True(BookRules.IsBalanced(lines));
        Assert.True(BookRules.IsBalanced(BookRules.Reversed(lines)));
        Assert.Equal(0m, lines.Concat(BookRules.Reversed(lines)).Where(l => l.AccountId == 1).Sum(l => l.Amount));
    }

    [Fact]
    public void Income_puts_money_into_the_account_and_an_expense_takes_it_out()
    {
        Assert.Equal(100m, BookRules.Lines(EntryKind.Income, 100m, 1, null, "7182").Single(l => l.AccountId == 1).Amount);
        Assert.Equal(-100m, BookRules.Lines(EntryKind.Expense, 100m, 1, null, "6125").Single(l => l.AccountId == 1).Amount);
        var transfer = BookRules.Lines(EntryKind.Transfer, 100m, 1, 2, null);
        Assert.Equal((-100m, 100m), (transfer.Single(l => l.AccountId == 1).Amount, transfer.Single(l => l.AccountId == 2).Amount));
    }

    [Fact]
    public void Unbalanced_lines_are_seen() =>
        Assert.False(BookRules.IsBalanced([new() { AccountId = 1, Amount = 100m }, new() { CategoryCode = "6125", Amount = 99.99m }]));

    [Fact]
    public void A_year_closes_only_once_it_has_ended()
    {
        Assert.False(BookRules.MayClose(2026, Today));
        Assert.True(BookRules.MayClose(2025, Today));
        Assert.True(BookRules.MayClose(2026, new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void Proof_of_public_funds_is_kept_ten_years_other_proof_may_go()
    {
        var entry = new BookEntry { Label = "x", Date = new DateOnly(2020, 5, 4), Source = FundSource.PublicGrant };
        Assert.False(BookRules.MayDiscardProof(entry, Today));
        Assert.False(BookRules.MayDiscardProof(entry, new DateOnly(2030, 5, 3)));
        Assert.True(BookRules.MayDiscardProof(entry, new DateOnly(2030, 5, 4)));
        Assert.True(BookRules.MayDiscardProof(new BookEntry { Label = "x", Date = Today, Source = FundSource.Donation }, Today));
    }

    [Fact]
    public void Deadlines_foreign_funding_in_30_days_the_public_account_before_15_March()
    {
        Assert.Equal(new DateOnly(2026, 12, 23), BookRules.DeclareBy(Today));
        Assert.Equal(new DateOnly(2027, 3, 14), BookRules.PublicAccountDueBy(2026));
    }

    [Fact]
    public void A_sound_expense_breaks_no_rule() => Assert.Empty(BookRules.Check(Draft(), Today, yearClosed: false));

    [Fact]
    public void Public_funds_need_the_agreement_s_number_date_and_funder()
    {
        Assert.Equal(["AgreementNumber", "Funder"], BookRules.Check(Draft(source: FundSource.PublicGrant), Today, false).Select(b => b.Field));
        Assert.Equal(["AgreementNumber"], BookRules.Check(Draft(source: FundSource.PublicGrant, agreement: "CV-1", funder: "Ministère"), Today, false).Select(b => b.Field));
        Assert.Empty(BookRules.Check(Draft(source: FundSource.PublicGrant, agreement: "CV-1", agreementDate: Today, funder: "Ministère"), Today, false));
        Assert.Equal(["Funder"], BookRules.Check(Draft(EntryKind.Income, "7162", FundSource.ForeignFunding), Today, false).Select(b => b.Field));
    }

    [Fact]
    public void Nothing_is_written_in_the_future_nor_in_a_closed_year_nor_under_the_wrong_kind_of_category()
    {
        Assert.Equal(["Date"], BookRules.Check(Draft(date: Today.AddDays(1)), Today, false).Select(b => b.Field));
        Assert.Equal(["Date"], BookRules.Check(Draft(), Today, yearClosed: true).Select(b => b.Field));
        Assert.Equal(["CategoryCode"], BookRules.Check(Draft(category: "7182"), Today, false).Select(b => b.Field));
        Assert.Equal(["CategoryCode"], BookRules.Check(Draft(category: null), Today, false).Select(b => b.Field));
    }

    [Fact]
    public void A_transfer_goes_to_another_account()
    {
        Assert.Equal(["ToAccountId"], BookRules.Check(Draft(EntryKind.Transfer, null, to: 1), Today, false).Select(b => b.Field));
        Assert.Empty(BookRules.Check(Draft(EntryKind.Transfer, null, to: 2), Today, false));
    }
}
