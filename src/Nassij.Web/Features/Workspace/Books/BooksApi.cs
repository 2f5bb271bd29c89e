using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Shared;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Books;

public sealed record EntryItem(int Id, string Number, DateOnly Date, EntryKind Kind, decimal Amount, string Label, string? Payee, string? Reference,
    string? CategoryCode, FundSource? Source, string? AgreementNumber, DateOnly? AgreementDate, string? Funder, int? ReversesEntryId, int? ReversedByEntryId, bool HasReceipt);

public sealed record EntryPage(IReadOnlyList<EntryItem> Items, int? NextBefore);

/// <summary>An entry as the API receives it: the form's fields and the kind.</summary>
public sealed class EntryRequest
{
    public EntryKind Kind { get; set; } = EntryKind.Expense;
    public EntryForm Entry { get; set; } = new();
}

/// <summary>The books as JSON: the year's entries, recording one (treasurer or president), the annual statement.
/// Same rules as the pages; anyone but the association's officers gets 404.</summary>
public static class BooksApi
{
    private const int PageSize = 100;

    public static void MapBooksApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/workspace/{id:int}/books").WithTags("Workspace").RequireAuthorization();
        api.MapGet("/entries", Entries).WithName("ListBookEntries")
            .WithSummary("The year's entries, newest number first")
            .WithDescription("Officers only. `year` defaults to this year; `before` is the response's `nextBefore` for the next page; `q` searches description, payee, reference, funder and agreement. 100 per page.");
        api.MapPost("/entries", Record).WithName("RecordBookEntry")
            .WithSummary("Record an income, an expense or a transfer")
            .WithDescription("Treasurer or president. The same checks as the form: a category of the entry's kind, the agreement's number and date for public funds, a funder for public and foreign funds, no date in the future or in a closed year. Errors come back per field.");
        api.MapGet("/statement", Statement).WithName("GetAnnualStatement")
            .WithSummary("The annual statement: receipts and payments by category, funds by source, account balances, use of public funds");
    }

    private static EntryItem Item(BookEntry e) => new(e.Id, e.Numbered, e.Date, e.Kind, e.Amount, e.Label, e.Payee, e.Reference, e.CategoryCode, e.Source,
        e.AgreementNumber, e.AgreementDate, e.Funder, e.ReversesEntryId, e.ReversedByEntryId, e.ReceiptFileId != null);

    private static async Task<Results<Ok<EntryPage>, NotFound>> Entries(int id, int? year, int? before, string? q, ClaimsPrincipal user, NassijDb db, AssociationAccess access, TimeProvider clock, CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, user, id, cancel) is not { IsOfficer: true })
        {
            return TypedResults.NotFound();
        }

        var theYear = year ?? Formats.TodayInMorocco(clock).Year;
        var entries = db.BookEntries.AsNoTracking().Where(e => e.AssociationId == id && e.Year == theYear && e.Number < (before ?? int.MaxValue))
            .WhereKeyHasAllTerms(e => e.SearchKey, q);
        var rows = await entries.OrderByDescending(e => e.Number).Take(PageSize + 1).ToListAsync(cancel);
        var page = rows.Take(PageSize).ToList();
        return TypedResults.Ok(new EntryPage([.. page.Select(Item)], rows.Count > PageSize ? page[^1].Number : null));
    }

    private static async Task<Results<Created<EntryItem>, ValidationProblem, NotFound>> Record(int id, EntryRequest request, ClaimsPrincipal user, NassijDb db, AssociationAccess access,
        Bookkeeper books, TimeProvider clock, IStringLocalizer<WorkspaceText> text, IStringLocalizer<SharedText> shared, CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, user, id, cancel) is not { IsTreasurer: true })
        {
            return TypedResults.NotFound();
        }

        var form = request.Entry;
        var errors = ApiValidation.Errors(form, shared);
        if (request.Kind is not (EntryKind.Income or EntryKind.Expense or EntryKind.Transfer))
        {
            errors[nameof(EntryRequest.Kind)] = [text["Choose income, an expense or a transfer."].Value];
        }

        var accounts = await db.MoneyAccounts.AsNoTracking().Where(a => a.AssociationId == id).Select(a => a.Id).ToListAsync(cancel);
        if (!accounts.Contains(form.AccountId) || (form.ToAccountId is { } to && !accounts.Contains(to)))
        {
            errors[nameof(EntryForm.AccountId)] = [text["Choose an account."].Value];
        }

        if (errors.Count == 0)
        {
            var draft = form.Draft(request.Kind);
            foreach (var breach in BookRules.Check(draft, Formats.TodayInMorocco(clock), await books.IsClosed(id, draft.Date.Year, cancel)))
            {
                errors[breach.Field] = [text[breach.Message].Value];
            }
        }

        if (form.ProjectId is { } project && !await db.BookProjects.AnyAsync(p => p.Id == project && p.AssociationId == id, cancel))
        {
            errors[nameof(EntryForm.ProjectId)] = [shared["This field is not valid."].Value];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        form.AgreementId = null;
        var entry = await books.Record(id, form.Draft(request.Kind), null, user, cancel);
        return TypedResults.Created($"/api/workspace/{id}/books/entries?year={entry.Year}", Item(entry));
    }

    private static async Task<Results<Ok<AnnualStatement>, NotFound>> Statement(int id, int? year, ClaimsPrincipal user, NassijDb db, AssociationAccess access, TimeProvider clock, CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, user, id, cancel) is not { IsOfficer: true })
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await AnnualStatement.Of(db, id, year ?? Formats.TodayInMorocco(clock).Year, cancel));
    }
}
