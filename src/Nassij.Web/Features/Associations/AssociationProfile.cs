using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Associations;

/// <summary>Loads one association with its board and domains, read-only, for the pages that show it.</summary>
public static class AssociationProfile
{
    public static Task<Association?> Load(NassijDb db, int id, CancellationToken cancel = default) =>
        db.Associations.AsNoTracking()
            .Include(a => a.Board)
            .FirstOrDefaultAsync(a => a.Id == id, cancel);
}
