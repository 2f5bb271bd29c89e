namespace Nassij.Web.Features.Workspace.Books;

/// <summary>Resource keys for the books' enumerations.</summary>
public static class BookLabels
{
    public static string Of(FundSource source) => source switch
    {
        FundSource.Own => "Own resources",
        FundSource.Dues => "Members' dues",
        FundSource.Donation => "Donations",
        FundSource.PublicGrant => "Public funds",
        FundSource.ForeignFunding => "Foreign funding",
        _ => source.ToString(),
    };

    public static string Of(EntryKind kind) => kind switch
    {
        EntryKind.Income => "Income",
        EntryKind.Expense => "Expense",
        EntryKind.Transfer => "Transfer",
        EntryKind.Opening => "Opening balance",
        _ => kind.ToString(),
    };

    public static string Of(MoneyAccountKind kind) => kind == MoneyAccountKind.Cash ? "Cash box" : "Bank account";
}
