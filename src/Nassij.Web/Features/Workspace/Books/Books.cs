namespace Nassij.Web.Features.Workspace.Books;

public enum MoneyAccountKind
{
    Cash = 1,
    Bank = 2,
}

/// <summary>Where the association's money is: its cash box or a bank account.</summary>
public sealed class MoneyAccount
{
    public int Id { get; set; }
    public int AssociationId { get; set; }
    public required string Name { get; set; }
    public MoneyAccountKind Kind { get; set; }

    /// <summary>The bank's 24-digit RIB, for bank accounts.</summary>
    public string? Rib { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public enum EntryKind
{
    Income = 1,
    Expense = 2,
    Transfer = 3,

    /// <summary>The money an account held when the association started keeping its books here.</summary>
    Opening = 4,
}

/// <summary>Where money came from — or, for an expense, whose money paid it. Public grants carry their agreement
/// (circular 13/2022); foreign funding must be declared to the SGG within 30 days.</summary>
public enum FundSource
{
    Own = 1,
    Dues = 2,
    Donation = 3,
    PublicGrant = 4,
    ForeignFunding = 5,
}

/// <summary>One movement of money, written once. Its lines balance (their sum is zero); a mistake is undone by a
/// reversing entry, never by editing or deleting, and nothing is written into a closed year.</summary>
public sealed class BookEntry
{
    public int Id { get; set; }
    public int AssociationId { get; set; }
    public int Year { get; set; }

    /// <summary>Numbered per association and year without gaps, like the paper journal: 2026-0001, 2026-0002…</summary>
    public int Number { get; set; }
    public DateOnly Date { get; set; }
    public EntryKind Kind { get; set; }
    public decimal Amount { get; set; }
    public required string Label { get; set; }
    public string? Payee { get; set; }
    public string? Reference { get; set; }
    public string? CategoryCode { get; set; }
    public FundSource? Source { get; set; }
    public int? ProjectId { get; set; }

    /// <summary>For public grants: the agreement, its number and date as the circular asks, and the funder.</summary>
    public int? AgreementId { get; set; }
    public string? AgreementNumber { get; set; }
    public DateOnly? AgreementDate { get; set; }
    public string? Funder { get; set; }

    /// <summary>For foreign funding: when and under which reference it was declared to the SGG.</summary>
    public DateOnly? DeclaredOn { get; set; }
    public string? DeclarationReference { get; set; }

    public Guid? ReceiptFileId { get; set; }
    public int? DuesPaymentId { get; set; }
    public int? ReversesEntryId { get; set; }
    public int? ReversedByEntryId { get; set; }
    public string? ReversalReason { get; set; }
    public Guid? RecordedById { get; set; }
    public string? RecordedByName { get; set; }
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>Label, payee, reference, funder and agreement, folded (see TextFolding) for search.</summary>
    public string SearchKey { get; set; } = string.Empty;
    public List<BookLine> Lines { get; set; } = [];

    public string Numbered => $"{Year}-{Number:0000}";
    public bool IsPublicFunded => Source == FundSource.PublicGrant;
}

/// <summary>One side of an entry: money into (+) or out of (−) an account, or the category it is counted under
/// (income is −, expense +, so that every entry's lines add up to zero).</summary>
public sealed class BookLine
{
    public long Id { get; set; }
    public int EntryId { get; set; }
    public int AssociationId { get; set; }
    public int Year { get; set; }
    public int? AccountId { get; set; }
    public string? CategoryCode { get; set; }
    public decimal Amount { get; set; }
}

/// <summary>A year of the books: open until the treasurer closes it; then nothing is written into it.</summary>
public sealed class BookYear
{
    public int Id { get; set; }
    public int AssociationId { get; set; }
    public int Year { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClosedByName { get; set; }

    /// <summary>When the account on the use of public funds was filed with the Court of Accounts.</summary>
    public DateOnly? PublicAccountFiledOn { get; set; }
}

/// <summary>A project the association budgets and spends for (often the one a grant agreement funds).</summary>
public sealed class BookProject
{
    public int Id { get; set; }
    public int AssociationId { get; set; }
    public required string Name { get; set; }
}

/// <summary>What the association plans to receive or spend under one category in a year, for itself or one project.</summary>
public sealed class BudgetLine
{
    public int Id { get; set; }
    public int AssociationId { get; set; }
    public int Year { get; set; }
    public int? ProjectId { get; set; }
    public required string CategoryCode { get; set; }
    public decimal Amount { get; set; }
}
