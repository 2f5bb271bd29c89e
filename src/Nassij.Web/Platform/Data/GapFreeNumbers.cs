using Microsoft.EntityFrameworkCore;

namespace Nassij.Web.Platform.Data;

/// <summary>Receipts and journal entries are numbered without gaps: the next number is taken at save time, and taken
/// again if another officer saved the same number at the same moment (a unique index refuses the second).</summary>
public static class GapFreeNumbers
{
    public static async Task Save(DbContext db, Func<CancellationToken, Task> takeNumbers, CancellationToken cancel)
    {
        for (var attempt = 0; ; attempt++)
        {
            await takeNumbers(cancel);
            try
            {
                await db.SaveChangesAsync(cancel);
                return;
            }
            catch (DbUpdateException e) when (attempt < 5 && e is not DbUpdateConcurrencyException)
            {
                // Someone took this number: try the next.
            }
        }
    }
}
