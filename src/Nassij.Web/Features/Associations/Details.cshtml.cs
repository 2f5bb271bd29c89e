using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Associations;

public sealed class DetailsModel(NassijDb db, AssociationAccess access, TimeProvider clock) : PageModel
{
    public Association Association { get; private set; } = null!;
    public LegalStanding Standing { get; private set; } = null!;
    public bool CanSeePrivate { get; private set; }
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancel)
    {
        var association = await AssociationProfile.Load(db, id, cancel);
        if (association is null)
        {
            return NotFound();
        }

        CanSeePrivate = await access.CanSeePrivateFile(User, association.Id, association.RegionCode);
        // Only verified associations are public; officers and staff see their own in any state.
        if (association.Status != VerificationStatus.Verified && !CanSeePrivate)
        {
            return NotFound();
        }

        Association = association;
        Standing = association.Standing(Formats.TodayInMorocco(clock));
        return Page();
    }
}
