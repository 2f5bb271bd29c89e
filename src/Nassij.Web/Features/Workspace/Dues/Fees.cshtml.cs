using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Workspace.Members;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Dues;

public sealed class FeeLine
{
    public MemberCategory Category { get; set; }

    [Range(0d, 1_000_000d, ErrorMessage = "Enter an amount between 0 and 1,000,000 MAD.")]
    public decimal? Amount { get; set; }

    public DateOnly? DueOn { get; set; }
}

/// <summary>The year's fees by member category, set by the treasurer or the president.</summary>
[Authorize]
public sealed class FeesModel(NassijDb db, AssociationAccess access, DuesLedger ledger, TimeProvider clock, IStringLocalizer<WorkspaceText> text) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty]
    public List<FeeLine> Lines { get; set; } = [];

    public WorkspaceContext Workspace { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (!await Prepare(cancel))
        {
            return NotFound();
        }

        var schedules = await db.FeeSchedules.AsNoTracking().Where(f => f.AssociationId == Id && f.Year == Year).ToDictionaryAsync(f => f.Category, cancel);
        Lines = [.. Enum.GetValues<MemberCategory>().Select(c => new FeeLine
        {
            Category = c,
            Amount = schedules.TryGetValue(c, out var f) ? f.Amount : null,
            DueOn = f?.DueOn ?? new DateOnly(Year, 3, 31),
        })];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        if (!await Prepare(cancel))
        {
            return NotFound();
        }

        for (var i = 0; i < Lines.Count; i++)
        {
            if (Lines[i].Amount > 0 && Lines[i].DueOn is null)
            {
                ModelState.AddModelError($"Lines[{i}].DueOn", text["Give the date by which the dues are to be paid."]);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        foreach (var line in Lines.Where(l => Enum.IsDefined(l.Category)).DistinctBy(l => l.Category))
        {
            await ledger.SetSchedule(Id, Year, line.Category, line.Amount ?? 0, line.DueOn ?? new DateOnly(Year, 12, 31), cancel);
        }

        TempData["Notice"] = text["The fees are saved and every member's dues are updated."].Value;
        return Redirect($"/workspace/{Id}/dues?year={Year}");
    }

    private async Task<bool> Prepare(CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, User, Id, cancel) is not { IsTreasurer: true } workspace)
        {
            return false;
        }

        Workspace = workspace;
        var today = Formats.TodayInMorocco(clock);
        Year = Year == 0 ? today.Year : Math.Clamp(Year, 2000, today.Year + 1);
        return true;
    }
}
