using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Workspace.Books;

public sealed record AccountBalance(int Id, string Name, MoneyAccountKind Kind, decimal Opening, decimal Movement)
{
    public decimal Closing => Opening + Movement;
}

public sealed record CategoryTotal(BookCategory Category, decimal Amount);

public sealed record SourceTotal(FundSource Source, decimal Income, decimal Expense);

/// <summary>One grant agreement's money in the year, as circular 13/2022 asks it accounted for.</summary>
public sealed record PublicFundUse(string? AgreementNumber, DateOnly? AgreementDate, string? Funder, decimal Received, decimal Spent)
{
    public decimal Remaining => Received - Spent;
}

/// <summary>The year's receipts and payments by category and by source of funds, the accounts' balances, and the use
/// of public funds — read from the books' lines in three grouped queries, whatever the number of entries.</summary>
public sealed record AnnualStatement(
    int Year,
    IReadOnlyList<AccountBalance> Accounts,
    IReadOnlyList<CategoryTotal> Income,
    IReadOnlyList<CategoryTotal> Expenses,
    IReadOnlyList<SourceTotal> Sources,
    IReadOnlyList<PublicFundUse> PublicFunds,
    bool Closed,
    DateOnly? PublicAccountFiledOn)
{
    public decimal TotalIncome => Income.Sum(c => c.Amount);
    public decimal TotalExpenses => Expenses.Sum(c => c.Amount);
    public decimal Result => TotalIncome - TotalExpenses;

    public static async Task<AnnualStatement> Of(NassijDb db, int associationId, int year, CancellationToken cancel)
    {
        var accounts = await db.MoneyAccounts.AsNoTracking().Where(a => a.AssociationId == associationId).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Name, a.Kind }).ToListAsync(cancel);
        var movements = await db.BookLines.AsNoTracking()
            .Where(l => l.AssociationId == associationId && l.AccountId != null && l.Year <= year)
            .GroupBy(l => new { l.AccountId, Earlier = l.Year < year })
            .Select(g => new { g.Key.AccountId, g.Key.Earlier, Total = g.Sum(l => l.Amount) })
            .ToListAsync(cancel);
        var balances = accounts.Select(a => new AccountBalance(a.Id, a.Name, a.Kind,
            movements.Where(m => m.AccountId == a.Id && m.Earlier).Sum(m => m.Total),
            movements.Where(m => m.AccountId == a.Id && !m.Earlier).Sum(m => m.Total))).ToList();

        var totals = await (
            from l in db.BookLines.AsNoTracking()
            where l.AssociationId == associationId && l.Year == year && l.CategoryCode != null && l.CategoryCode != BookCategories.OwnFunds
            join e in db.BookEntries on l.EntryId equals e.Id
            group l.Amount by new { e.Source, e.AgreementNumber, e.AgreementDate, e.Funder, l.CategoryCode } into g
            select new { g.Key.Source, g.Key.AgreementNumber, g.Key.AgreementDate, g.Key.Funder, g.Key.CategoryCode, Total = g.Sum() })
            .ToListAsync(cancel);
        // Income categories hold their amounts on the minus side.
        var rows = totals.Select(t => (Total: t, Category: BookCategories.Find(t.CategoryCode))).Where(t => t.Category is not null)
            .Select(t => (t.Total.Source, t.Total.AgreementNumber, t.Total.AgreementDate, t.Total.Funder, Category: t.Category!,
                Amount: t.Category!.Kind == EntryKind.Income ? -t.Total.Total : t.Total.Total))
            .ToList();

        var bookYear = await db.BookYears.AsNoTracking().SingleOrDefaultAsync(y => y.AssociationId == associationId && y.Year == year, cancel);
        return new AnnualStatement(year, balances,
            ByCategory(rows.Where(r => r.Category.Kind == EntryKind.Income).Select(r => (r.Category, r.Amount))),
            ByCategory(rows.Where(r => r.Category.Kind == EntryKind.Expense).Select(r => (r.Category, r.Amount))),
            [.. rows.GroupBy(r => r.Source ?? FundSource.Own).OrderBy(g => g.Key)
                .Select(g => new SourceTotal(g.Key, g.Where(r => r.Category.Kind == EntryKind.Income).Sum(r => r.Amount), g.Where(r => r.Category.Kind == EntryKind.Expense).Sum(r => r.Amount)))],
            [.. rows.Where(r => r.Source == FundSource.PublicGrant).GroupBy(r => (r.AgreementNumber, r.AgreementDate, r.Funder)).OrderBy(g => g.Key.AgreementNumber)
                .Select(g => new PublicFundUse(g.Key.AgreementNumber, g.Key.AgreementDate, g.Key.Funder,
                    g.Where(r => r.Category.Kind == EntryKind.Income).Sum(r => r.Amount), g.Where(r => r.Category.Kind == EntryKind.Expense).Sum(r => r.Amount)))],
            bookYear?.ClosedAt is not null,
            bookYear?.PublicAccountFiledOn);
    }

    private static List<CategoryTotal> ByCategory(IEnumerable<(BookCategory Category, decimal Amount)> rows) =>
        [.. rows.GroupBy(r => r.Category).Select(g => new CategoryTotal(g.Key, g.Sum(r => r.Amount))).Where(c => c.Amount != 0).OrderBy(c => c.Category.Code, StringComparer.Ordinal)];
}
