using Nassij.Web.Features.Shared;

namespace Nassij.Web.Features.Workspace.Books;

/// <summary>The bookkeeping rules, in one place: how an entry's lines balance, what may be written, how long proof is kept.</summary>
public static class BookRules
{
    /// <summary>Circular 13/2022: supporting documents of publicly funded entries are kept at least ten years.</summary>
    public const int RetentionYears = 10;

    /// <summary>Art. 32 bis of the Dahir on associations: foreign funding is declared to the SGG within 30 days.</summary>
    public const int ForeignDeclarationDays = 30;

    /// <summary>The balanced lines of an entry. Money in is +, out is −; the category takes the opposite side.</summary>
    public static List<BookLine> Lines(EntryKind kind, decimal amount, int accountId, int? toAccountId, string? category) => kind switch
    {
        EntryKind.Income or EntryKind.Opening => [new() { AccountId = accountId, Amount = amount }, new() { CategoryCode = category, Amount = -amount }],
        EntryKind.Expense => [new() { AccountId = accountId, Amount = -amount }, new() { CategoryCode = category, Amount = amount }],
        EntryKind.Transfer => [new() { AccountId = accountId, Amount = -amount }, new() { AccountId = toAccountId, Amount = amount }],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool IsBalanced(IEnumerable<BookLine> lines) => lines.Sum(l => l.Amount) == 0m;

    /// <summary>A reversal undoes an entry line by line.</summary>
    public static List<BookLine> Reversed(IEnumerable<BookLine> lines) =>
        [.. lines.Select(l => new BookLine { AccountId = l.AccountId, CategoryCode = l.CategoryCode, Amount = -l.Amount })];

    /// <summary>A year may be closed once it has ended.</summary>
    public static bool MayClose(int year, DateOnly today) => today.Year > year;

    public static DateOnly KeepProofUntil(DateOnly entryDate) => entryDate.AddYears(RetentionYears);

    public static bool MayDiscardProof(BookEntry entry, DateOnly today) => !entry.IsPublicFunded || today >= KeepProofUntil(entry.Date);

    public static DateOnly DeclareBy(DateOnly received) => received.AddDays(ForeignDeclarationDays);

    /// <summary>The account on the use of public funds is filed with the Court of Accounts before 15 March of the next year.</summary>
    public static DateOnly PublicAccountDueBy(int year) => new(year + 1, 3, 14);

    /// <summary>What an entry must say before it is written; each breach names its field.</summary>
    public static IEnumerable<RuleBreach> Check(EntryDraft draft, DateOnly today, bool yearClosed)
    {
        if (draft.Date > today)
        {
            yield return new("Date", "This date cannot be in the future.");
        }
        else if (yearClosed)
        {
            yield return new("Date", "The books of this year are closed: record the entry in an open year.");
        }

        if (draft.Kind == EntryKind.Transfer)
        {
            if (draft.ToAccountId is null || draft.ToAccountId == draft.AccountId)
            {
                yield return new("ToAccountId", "Choose another account to transfer to.");
            }

            yield break;
        }

        if (BookCategories.Find(draft.CategoryCode) is not { } category || category.Kind != draft.Kind)
        {
            yield return new("CategoryCode", "Choose a category.");
        }

        if (draft.Source == FundSource.PublicGrant && (string.IsNullOrWhiteSpace(draft.AgreementNumber) || draft.AgreementDate is null))
        {
            yield return new("AgreementNumber", "Public funds need the agreement's number and date (circular 13/2022).");
        }

        if (draft.Source is FundSource.PublicGrant or FundSource.ForeignFunding && string.IsNullOrWhiteSpace(draft.Funder))
        {
            yield return new("Funder", "Name the funder.");
        }
    }
}

/// <summary>An entry as a form or the API proposes it, before it is numbered and written.</summary>
public sealed record EntryDraft(
    EntryKind Kind,
    DateOnly Date,
    decimal Amount,
    int AccountId,
    int? ToAccountId,
    string Label,
    string? Payee,
    string? Reference,
    string? CategoryCode,
    FundSource? Source,
    int? ProjectId,
    int? AgreementId,
    string? AgreementNumber,
    DateOnly? AgreementDate,
    string? Funder);
