using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using Nassij.Web.Features.Shared;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Documents;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Books;

/// <summary>The annual statement on screen, as PDF and Excel; the account for the Court of Accounts; closing the year.</summary>
[Authorize]
public sealed class StatementModel(NassijDb db, AssociationAccess access, Bookkeeper books, DocumentRenderer documents, TimeProvider clock, IStringLocalizer<WorkspaceText> text) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    public WorkspaceContext Workspace { get; private set; } = null!;
    public AnnualStatement Statement { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public string YearText => Year.ToString(CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel) => await Load(cancel) ? Page() : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken cancel) =>
        await Load(cancel) ? await this.Send(await Document(false, cancel)) : NotFound();

    public async Task<IActionResult> OnGetCourtAsync(CancellationToken cancel) =>
        await Load(cancel) ? await this.Send(await Document(true, cancel)) : NotFound();

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        var s = Statement;
        var sheets = new Dictionary<string, object>
        {
            [text["Receipts and payments"]] = s.Income.Concat(s.Expenses).Select(c => new Dictionary<string, object?>
            {
                [text["Code"]] = c.Category.Code,
                [text["Category"]] = text[c.Category.Label].Value,
                [text["Receipts"]] = c.Category.Kind == EntryKind.Income ? c.Amount : null,
                [text["Expenditure"]] = c.Category.Kind == EntryKind.Expense ? c.Amount : null,
            }).ToList(),
            [text["Accounts"]] = s.Accounts.Select(a => new Dictionary<string, object?>
            {
                [text["Account"]] = a.Name,
                [text["On 1 January"]] = a.Opening,
                [text["Movement"]] = a.Movement,
                [text["On 31 December"]] = a.Closing,
            }).ToList(),
            [text["Use of public funds"]] = s.PublicFunds.Select(p => new Dictionary<string, object?>
            {
                [text["Agreement"]] = p.AgreementNumber,
                [text["Agreement date"]] = p.AgreementDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                [text["Funder"]] = p.Funder,
                [text["Received"]] = p.Received,
                [text["Spent"]] = p.Spent,
                [text["Remaining"]] = p.Remaining,
            }).ToList(),
        };
        var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: cancel);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"statement-{YearText}.xlsx");
    }

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken cancel)
    {
        if (!await Load(cancel) || !Workspace.IsTreasurer)
        {
            return NotFound();
        }

        if (Statement.Closed || !BookRules.MayClose(Year, Today))
        {
            ModelState.AddModelError(string.Empty, text["A year can be closed once it has ended."]);
            return Page();
        }

        await books.Close(Id, Year, User, cancel);
        TempData["Notice"] = text["The books of {0} are closed.", YearText].Value;
        return Redirect($"/workspace/{Id}/books/statement?year={YearText}");
    }

    public async Task<IActionResult> OnPostFiledAsync(DateOnly? filedOn, CancellationToken cancel)
    {
        if (!await Load(cancel) || !Workspace.IsTreasurer)
        {
            return NotFound();
        }

        if (filedOn is null || filedOn > Today || filedOn.Value.Year <= Year)
        {
            ModelState.AddModelError("filedOn", text["Give the date the account was filed (after the year, not in the future)."]);
            return Page();
        }

        await books.PublicAccountFiled(Id, Year, filedOn.Value, cancel);
        TempData["Notice"] = text["The filing with the Court of Accounts is recorded."].Value;
        return Redirect($"/workspace/{Id}/books/statement?year={YearText}");
    }

    private async Task<IResult> Document(bool forCourt, CancellationToken cancel)
    {
        var association = await db.Associations.AsNoTracking().SingleAsync(a => a.Id == Id, cancel);
        IReadOnlyList<BookEntry> entries = forCourt
            ? await db.BookEntries.AsNoTracking().Where(e => e.AssociationId == Id && e.Year == Year && e.Source == FundSource.PublicGrant)
                .OrderBy(e => e.Number).Take(5000).ToListAsync(cancel)
            : [];
        return await documents.File<StatementDocument>(new Dictionary<string, object?>
        {
            [nameof(StatementDocument.Statement)] = Statement,
            [nameof(StatementDocument.Association)] = association,
            [nameof(StatementDocument.ForCourt)] = forCourt,
            [nameof(StatementDocument.PublicEntries)] = entries,
        }, forCourt ? $"public-funds-{YearText}.pdf" : $"statement-{YearText}.pdf", cancel);
    }

    private async Task<bool> Load(CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, User, Id, cancel) is not { IsOfficer: true } workspace)
        {
            return false;
        }

        Workspace = workspace;
        Today = Formats.TodayInMorocco(clock);
        Year = Year == 0 ? Today.Year : Math.Clamp(Year, 2000, Today.Year);
        Statement = await AnnualStatement.Of(db, Id, Year, cancel);
        return true;
    }
}
