using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Associations;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Features.Funding.Calls;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Geography;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Funding.Monitoring;

public sealed record Share(string Label, int Applicants, int Selected)
{
    public decimal Rate => Applicants == 0 ? 0 : Math.Round(100m * Selected / Applicants, 1);
}

public sealed record Breakdown(string Title, IReadOnlyList<Share> Rows);

/// <summary>Equal treatment made visible: applicants against those selected by region, province, lot,
/// association age and size, and the gender of the president where the association declared it.</summary>
[Authorize(Policy = Policies.CallManagement)]
public sealed class EqualTreatmentModel(NassijDb db, Geography places, Microsoft.Extensions.Localization.IStringLocalizer<FundingText> text) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public Call Call { get; private set; } = null!;
    public IReadOnlyList<Breakdown> Breakdowns { get; private set; } = [];
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        var call = await db.Calls.AsNoTracking().Include(c => c.Lots).FirstOrDefaultAsync(c => c.Id == Id, cancel);
        if (call is null)
        {
            return NotFound();
        }

        Call = call;
        var closing = DateOnly.FromDateTime(Formats.ToMorocco(call.ClosesAt).DateTime);
        // One row per applicant, projected in the database; a call's applicants fit in memory, a table never is loaded.
        var applicants = await db.Applications.AsNoTracking()
            .Where(a => a.CallId == Id && a.State != ApplicationState.Draft && a.State != ApplicationState.Withdrawn)
            .Join(db.Associations, a => a.AssociationId, s => s.Id, (a, s) => new
            {
                a.LotId,
                s.RegionCode,
                s.ProvinceCode,
                Declared = s.ProvisionalReceiptOn ?? s.FoundedOn,
                Members = db.Members.Count(m => m.AssociationId == s.Id),
                President = s.Board.Where(b => b.Office == Office.President).Select(b => b.Gender).FirstOrDefault(),
                Selected = a.State == ApplicationState.Selected,
            })
            .ToListAsync(cancel);

        Breakdowns =
        [
            new(text["Region"], [.. applicants.GroupBy(a => a.RegionCode).Select(g => new Share(places.Region(g.Key)?.Name(Arabic) ?? g.Key, g.Count(), g.Count(a => a.Selected))).OrderByDescending(s => s.Applicants)]),
            new(text["Province"], [.. applicants.GroupBy(a => a.ProvinceCode).Select(g => new Share(places.Province(g.Key)?.Name(Arabic) ?? g.Key, g.Count(), g.Count(a => a.Selected))).OrderByDescending(s => s.Applicants)]),
            new(text["Lot"], [.. applicants.GroupBy(a => a.LotId).Select(g => new Share(call.Lots.Single(l => l.Id == g.Key).Theme(Arabic), g.Count(), g.Count(a => a.Selected)))]),
            new(text["Age of the association"], [.. applicants.GroupBy(a => AgeBracket(a.Declared, closing)).OrderBy(g => g.Key).Select(g => new Share(text[AgeLabels[g.Key]], g.Count(), g.Count(a => a.Selected)))]),
            new(text["Members recorded"], [.. applicants.GroupBy(a => SizeBracket(a.Members)).OrderBy(g => g.Key).Select(g => new Share(text[SizeLabels[g.Key]], g.Count(), g.Count(a => a.Selected)))]),
            new(text["President"], [.. applicants.GroupBy(a => a.President).OrderBy(g => g.Key).Select(g => new Share(text[g.Key switch { Gender.Female => "A woman", Gender.Male => "A man", _ => "Not declared" }], g.Count(), g.Count(a => a.Selected)))]),
        ];
        return Page();
    }

    private static readonly string[] AgeLabels = ["Not known", "Under 2 years", "2 to 5 years", "5 to 10 years", "10 years or more"];
    private static readonly string[] SizeLabels = ["None recorded", "1 to 24", "25 to 99", "100 or more"];

    public static int AgeBracket(DateOnly? declared, DateOnly at)
    {
        if (declared is not { } d)
        {
            return 0;
        }

        var years = (at.DayNumber - d.DayNumber) / 365.25;
        return years switch { < 2 => 1, < 5 => 2, < 10 => 3, _ => 4 };
    }

    public static int SizeBracket(int members) => members switch { 0 => 0, < 25 => 1, < 100 => 2, _ => 3 };
}
