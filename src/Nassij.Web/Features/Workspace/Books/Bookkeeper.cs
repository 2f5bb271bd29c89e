using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Workspace.Dues;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Books;

/// <summary>Every write to the books goes through here: entries numbered and balanced, reversals, closing a year,
/// dues payments flowing in. Each change is audited.</summary>
public sealed class Bookkeeper(NassijDb db, Audit audit, TimeProvider clock, IStringLocalizer<WorkspaceText> text)
{
    public Task<bool> IsClosed(int associationId, int year, CancellationToken cancel) =>
        db.BookYears.AnyAsync(y => y.AssociationId == associationId && y.Year == year && y.ClosedAt != null, cancel);

    public async Task<MoneyAccount> Open(int associationId, string name, MoneyAccountKind kind, string? rib, decimal opening, DateOnly openedOn, ClaimsPrincipal by, CancellationToken cancel)
    {
        var account = new MoneyAccount { AssociationId = associationId, Name = name.Trim(), Kind = kind, Rib = string.IsNullOrWhiteSpace(rib) ? null : rib.Trim(), CreatedAt = clock.GetUtcNow() };
        db.MoneyAccounts.Add(account);
        await db.SaveChangesAsync(cancel);
        audit.Record("books.account.opened", nameof(MoneyAccount), account.Id.ToString(CultureInfo.InvariantCulture), after: new { associationId, account.Name, kind, opening });
        if (opening != 0)
        {
            var draft = new EntryDraft(EntryKind.Opening, openedOn, opening, account.Id, null, text["Opening balance"], null, null, BookCategories.OwnFunds, FundSource.Own, null, null, null, null, null);
            await Write(associationId, draft, null, null, by, cancel);
        }
        else
        {
            await db.SaveChangesAsync(cancel);
        }

        return account;
    }

    public async Task<BookEntry> Record(int associationId, EntryDraft draft, Guid? receiptFileId, ClaimsPrincipal by, CancellationToken cancel) =>
        await Write(associationId, draft, receiptFileId, null, by, cancel);

    /// <summary>Undoes an entry with its mirror image, dated today (in an open year), and links the two.</summary>
    public async Task<BookEntry> Reverse(BookEntry entry, string reason, ClaimsPrincipal by, CancellationToken cancel)
    {
        var today = Formats.TodayInMorocco(clock);
        var reversal = NewEntry(entry.AssociationId, today, entry.Kind, entry.Amount, text["Reversal of entry {0}", entry.Numbered], by);
        reversal.Payee = entry.Payee;
        reversal.CategoryCode = entry.CategoryCode;
        reversal.Source = entry.Source;
        reversal.ProjectId = entry.ProjectId;
        reversal.AgreementId = entry.AgreementId;
        reversal.AgreementNumber = entry.AgreementNumber;
        reversal.AgreementDate = entry.AgreementDate;
        reversal.Funder = entry.Funder;
        reversal.ReversesEntryId = entry.Id;
        reversal.ReversalReason = reason.Trim();
        reversal.Lines = BookRules.Reversed(entry.Lines);
        await SaveNumbered(reversal, cancel);
        entry.ReversedByEntryId = reversal.Id;
        entry.ReversalReason = reason.Trim();
        audit.Record("books.entry.reversed", nameof(BookEntry), entry.Id.ToString(CultureInfo.InvariantCulture), before: new { entry.Numbered, entry.Amount }, after: new { reversal = reversal.Numbered, reason });
        await db.SaveChangesAsync(cancel);
        return reversal;
    }

    /// <summary>A dues payment is income in the cash box (cash) or the bank (transfer, cheque).</summary>
    public async Task RecordDues(DuesPayment payment, string memberName, ClaimsPrincipal by, CancellationToken cancel)
    {
        var account = await AccountOfKind(payment.AssociationId, payment.Method == PaymentMethod.Cash ? MoneyAccountKind.Cash : MoneyAccountKind.Bank, cancel);
        var label = text["Dues {0} — {1}", payment.Year.ToString(CultureInfo.InvariantCulture), memberName];
        var draft = new EntryDraft(EntryKind.Income, payment.PaidOn, payment.Amount, account.Id, null, label, memberName, $"{payment.Receipt}", BookCategories.Dues, FundSource.Dues, null, null, null, null, null);
        await Write(payment.AssociationId, draft, null, payment.Id, by, cancel);
    }

    public async Task ReverseDues(DuesPayment payment, string reason, ClaimsPrincipal by, CancellationToken cancel)
    {
        var entry = await db.BookEntries.Include(e => e.Lines).SingleOrDefaultAsync(e => e.DuesPaymentId == payment.Id && e.ReversedByEntryId == null, cancel);
        if (entry is not null)
        {
            await Reverse(entry, reason, by, cancel);
        }
    }

    public async Task Close(int associationId, int year, ClaimsPrincipal by, CancellationToken cancel)
    {
        var bookYear = await YearOf(associationId, year, cancel);
        bookYear.ClosedAt = clock.GetUtcNow();
        bookYear.ClosedByName = by.Identity?.Name;
        audit.Record("books.year.closed", nameof(BookYear), $"{associationId}/{year}");
        await db.SaveChangesAsync(cancel);
    }

    public async Task PublicAccountFiled(int associationId, int year, DateOnly filedOn, CancellationToken cancel)
    {
        var bookYear = await YearOf(associationId, year, cancel);
        bookYear.PublicAccountFiledOn = filedOn;
        audit.Record("books.public-account.filed", nameof(BookYear), $"{associationId}/{year}", after: new { filedOn });
        await db.SaveChangesAsync(cancel);
    }

    public async Task Declared(BookEntry entry, DateOnly declaredOn, string reference, CancellationToken cancel)
    {
        entry.DeclaredOn = declaredOn;
        entry.DeclarationReference = reference.Trim();
        audit.Record("books.foreign.declared", nameof(BookEntry), entry.Id.ToString(CultureInfo.InvariantCulture), after: new { declaredOn, reference });
        await db.SaveChangesAsync(cancel);
    }

    /// <summary>The first account of a kind; a cash box or a bank account is opened (empty) when there is none yet.</summary>
    public async Task<MoneyAccount> AccountOfKind(int associationId, MoneyAccountKind kind, CancellationToken cancel)
    {
        var account = await db.MoneyAccounts.Where(a => a.AssociationId == associationId && a.Kind == kind).OrderBy(a => a.Id).FirstOrDefaultAsync(cancel);
        if (account is not null)
        {
            return account;
        }

        account = new MoneyAccount { AssociationId = associationId, Kind = kind, Name = text[kind == MoneyAccountKind.Cash ? "Cash box" : "Bank account"], CreatedAt = clock.GetUtcNow() };
        db.MoneyAccounts.Add(account);
        await db.SaveChangesAsync(cancel);
        return account;
    }

    private async Task<BookEntry> Write(int associationId, EntryDraft draft, Guid? receiptFileId, int? duesPaymentId, ClaimsPrincipal by, CancellationToken cancel)
    {
        var entry = NewEntry(associationId, draft.Date, draft.Kind, draft.Amount, draft.Label.Trim(), by);
        entry.Payee = Trimmed(draft.Payee);
        entry.Reference = Trimmed(draft.Reference);
        entry.CategoryCode = draft.Kind == EntryKind.Transfer ? null : draft.CategoryCode;
        entry.Source = draft.Kind == EntryKind.Transfer ? null : draft.Source;
        entry.ProjectId = draft.ProjectId;
        if (draft.Source == FundSource.PublicGrant)
        {
            entry.AgreementId = draft.AgreementId;
            entry.AgreementNumber = Trimmed(draft.AgreementNumber);
            entry.AgreementDate = draft.AgreementDate;
        }

        entry.Funder = draft.Source is FundSource.PublicGrant or FundSource.ForeignFunding ? Trimmed(draft.Funder) : null;
        entry.ReceiptFileId = receiptFileId;
        entry.DuesPaymentId = duesPaymentId;
        entry.Lines = BookRules.Lines(draft.Kind, draft.Amount, draft.AccountId, draft.ToAccountId, entry.CategoryCode);
        if (!BookRules.IsBalanced(entry.Lines))
        {
            throw new InvalidOperationException("An entry's lines must balance.");
        }

        await SaveNumbered(entry, cancel);
        audit.Record("books.entry.recorded", nameof(BookEntry), entry.Id.ToString(CultureInfo.InvariantCulture),
            after: new { associationId, entry.Numbered, entry.Kind, entry.Date, entry.Amount, entry.CategoryCode, entry.Source, entry.AgreementNumber });
        await db.SaveChangesAsync(cancel);
        return entry;
    }

    private BookEntry NewEntry(int associationId, DateOnly date, EntryKind kind, decimal amount, string label, ClaimsPrincipal by) => new()
    {
        AssociationId = associationId,
        Year = date.Year,
        Date = date,
        Kind = kind,
        Amount = amount,
        Label = label,
        RecordedById = by.PersonId(),
        RecordedByName = by.Identity?.Name,
        RecordedAt = clock.GetUtcNow(),
    };

    private async Task SaveNumbered(BookEntry entry, CancellationToken cancel)
    {
        foreach (var line in entry.Lines)
        {
            line.AssociationId = entry.AssociationId;
            line.Year = entry.Year;
        }

        entry.SearchKey = TextFolding.Fold(string.Join(' ', entry.Label, entry.Payee, entry.Reference, entry.Funder, entry.AgreementNumber));

        db.BookEntries.Add(entry);
        await GapFreeNumbers.Save(db, async c => entry.Number = 1 + (await db.BookEntries
            .Where(e => e.AssociationId == entry.AssociationId && e.Year == entry.Year)
            .MaxAsync(e => (int?)e.Number, c) ?? 0), cancel);
    }

    private async Task<BookYear> YearOf(int associationId, int year, CancellationToken cancel)
    {
        var bookYear = await db.BookYears.SingleOrDefaultAsync(y => y.AssociationId == associationId && y.Year == year, cancel);
        if (bookYear is null)
        {
            bookYear = new BookYear { AssociationId = associationId, Year = year };
            db.BookYears.Add(bookYear);
        }

        return bookYear;
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
