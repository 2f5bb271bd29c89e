using Microsoft.EntityFrameworkCore;

namespace Nassij.Web.Features.Funding.Applications;

public static class ApplicationLoading
{
    /// <summary>An application with its lines and attachments, from a query already limited to what the person may see.</summary>
    public static Task<Application?> Full(IQueryable<Application> allowed, int id, bool tracking = true)
    {
        var query = allowed.Include(a => a.Activities).Include(a => a.Budget).Include(a => a.Indicators).Include(a => a.Attachments).AsSplitQuery();
        return (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(a => a.Id == id);
    }
}
