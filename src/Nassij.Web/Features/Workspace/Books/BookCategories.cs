namespace Nassij.Web.Features.Workspace.Books;

/// <summary>A heading of the accounts: its number in the associations' accounting plan (CNC, simplified model,
/// built on the general plan's classes: 2 equipment, 6 expenses, 7 income) and its label's resource key.</summary>
public sealed record BookCategory(string Code, string Label, EntryKind Kind);

/// <summary>The simplified plan's headings an association uses day to day; the one list entries, budgets and the
/// annual statement share.</summary>
public static class BookCategories
{
    public const string Dues = "7181";

    /// <summary>The association's own funds: what opening balances are counted against.</summary>
    public const string OwnFunds = "1111";

    public static readonly IReadOnlyList<BookCategory> All =
    [
        new("7121", "Sales of goods and services", EntryKind.Income),
        new("7161", "Operating grants from public bodies", EntryKind.Income),
        new("7162", "Grants from other partners", EntryKind.Income),
        new(Dues, "Members' dues", EntryKind.Income),
        new("7182", "Donations and gifts", EntryKind.Income),
        new("7381", "Interest and financial income", EntryKind.Income),
        new("7581", "Other income", EntryKind.Income),
        new("6125", "Supplies and small equipment", EntryKind.Expense),
        new("6131", "Rent and charges", EntryKind.Expense),
        new("6133", "Maintenance and repairs", EntryKind.Expense),
        new("6134", "Insurance", EntryKind.Expense),
        new("6136", "Fees of professionals", EntryKind.Expense),
        new("6142", "Transport", EntryKind.Expense),
        new("6143", "Travel, missions and receptions", EntryKind.Expense),
        new("6144", "Publications and communication", EntryKind.Expense),
        new("6145", "Post and telecommunications", EntryKind.Expense),
        new("6147", "Bank charges", EntryKind.Expense),
        new("6161", "Taxes and duties", EntryKind.Expense),
        new("6171", "Staff pay", EntryKind.Expense),
        new("6174", "Social security charges", EntryKind.Expense),
        new("6186", "Aid to beneficiaries", EntryKind.Expense),
        new("6588", "Other expenses", EntryKind.Expense),
        new("2350", "Furniture and equipment bought", EntryKind.Expense),
    ];

    private static readonly Dictionary<string, BookCategory> ByCode = All.ToDictionary(c => c.Code);

    public static BookCategory? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var c) ? c : null;

    public static IEnumerable<BookCategory> Of(EntryKind kind) => All.Where(c => c.Kind == kind);
}
