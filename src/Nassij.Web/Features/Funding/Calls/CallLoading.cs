using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Funding.Calls;

/// <summary>A call with everything that hangs from it, in one round of split queries.</summary>
public static class CallLoading
{
    public static Task<Call?> Full(NassijDb db, int id, bool tracking = true)
    {
        var calls = db.Calls.Include(c => c.Lots).Include(c => c.Criteria).Include(c => c.Documents).Include(c => c.Declarations).Include(c => c.Committee).AsSplitQuery();
        return (tracking ? calls : calls.AsNoTracking()).FirstOrDefaultAsync(c => c.Id == id);
    }
}
