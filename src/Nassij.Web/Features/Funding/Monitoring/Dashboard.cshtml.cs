using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Funding.Calls;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Funding.Monitoring;

/// <summary>Monitoring of one call: applications per lot, stage and region; money committed, paid and outstanding;
/// reports waiting, approved and late; indicators reached against their targets.</summary>
[Authorize(Policy = Policies.CallManagement)]
public sealed class DashboardModel(NassijDb db, TimeProvider clock) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public Call Call { get; private set; } = null!;
    public IReadOnlyList<StageCount> Stages { get; private set; } = [];
    public IReadOnlyList<RegionCount> Regions { get; private set; } = [];
    public MoneyFigures Money { get; private set; } = new(0, 0, 0, 0, 0, 0, null);
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        var call = await db.Calls.AsNoTracking().Include(c => c.Lots).FirstOrDefaultAsync(c => c.Id == Id, cancel);
        if (call is null)
        {
            return NotFound();
        }

        Call = call;
        Stages = await Figures.Stages(db, Id, cancel);
        Regions = await Figures.Regions(db, Id, cancel);
        Money = await Figures.Money(db, Id, Formats.TodayInMorocco(clock), cancel);
        return Page();
    }
}
