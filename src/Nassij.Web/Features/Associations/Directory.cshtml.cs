using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Geography;

namespace Nassij.Web.Features.Associations;

public sealed class DirectoryModel(NassijDb db, Geography places) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Province { get; set; }

    [BindProperty(SupportsGet = true)]
    public Domain? Domain { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public DirectoryPage Results { get; private set; } = new([], 1, false);

    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task OnGetAsync(CancellationToken cancel)
    {
        // Bad filter values from a hand-edited URL are ignored rather than answered with an error.
        ModelState.Clear();
        // Provinces are offered once a region is chosen (small pages); a province alone implies its region.
        Region = places.Province(Province)?.Region ?? places.Region(Region)?.Code;
        Province = places.IsProvinceOf(Province, Region) ? Province : null;
        Results = await DirectorySearch.Run(db, new DirectoryQuery(Q, Region, Province, Domain, PageNumber, Arabic), cancel);
    }

    public object RouteFor(int page) => new { q = Q, region = Region, province = Province, domain = Domain, p = page };
}
