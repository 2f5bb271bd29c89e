using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Associations;

public sealed record LegalChangeRow(DateTimeOffset At, string? ActorName, string Action);

/// <summary>An officer's view of their association: its standing, what staff asked, the history of its legal data.</summary>
[Authorize]
public sealed class MyAssociationModel(NassijDb db, AssociationAccess access, TimeProvider clock) : PageModel
{
    public Association Association { get; private set; } = null!;
    public LegalStanding Standing { get; private set; } = null!;
    public IReadOnlyList<Role> MyRoles { get; private set; } = [];
    public IReadOnlyList<LegalChangeRow> History { get; private set; } = [];
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancel)
    {
        MyRoles = await access.RolesIn(User, id);
        if (MyRoles.Count == 0)
        {
            return NotFound();
        }

        var association = await AssociationProfile.Load(db, id, cancel);
        if (association is null)
        {
            return NotFound();
        }

        Association = association;
        Standing = association.Standing(Formats.TodayInMorocco(clock));
        var key = id.ToString(CultureInfo.InvariantCulture);
        History = await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(Association) && e.EntityId == key)
            .OrderByDescending(e => e.At)
            .Take(50)
            .Select(e => new LegalChangeRow(e.At, e.ActorName, e.Action))
            .ToListAsync(cancel);
        return Page();
    }

    public bool IsOfficer => MyRoles.Any(Roles.IsOfficer);
}
