using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Support.Supervision;

public sealed record DayCount(DateOnly Day, int Cases);

/// <summary>On PostgreSQL the figures of past days come from two materialized views, refreshed by the sweep every
/// few minutes: cases opened each day (Morocco) counted along each dimension separately (about 35 rows a day), and
/// cases resolved each day. A year of figures reads some 13,000 rows instead of half a million cases; today is
/// always counted live.</summary>
public static class CaseDays
{
    public static async Task Refresh(NassijDb db, CancellationToken cancel)
    {
        if (db.IsPostgres)
        {
            await db.Database.ExecuteSqlRawAsync("""REFRESH MATERIALIZED VIEW CONCURRENTLY "CaseDays"; REFRESH MATERIALIZED VIEW CONCURRENTLY "CaseResolvedDays";""", cancel);
        }
    }

    public static Task<List<Marginal>> Marginals(NassijDb db, DateOnly from, DateOnly to, CancellationToken cancel) =>
        db.Database.SqlQuery<Marginal>($"""
            SELECT "Dimension", "Value", sum("Cases")::int AS "Cases", sum("FirstMet")::int AS "FirstMet", sum("FirstMissed")::int AS "FirstMissed",
                   sum("ResolutionMet")::int AS "ResolutionMet", sum("ResolutionMissed")::int AS "ResolutionMissed"
            FROM "CaseDays" WHERE "Day" >= {from} AND "Day" < {to}
            GROUP BY "Dimension", "Value"
            """).ToListAsync(cancel);

    public static Task<List<DayCount>> Opened(NassijDb db, DateOnly from, DateOnly to, CancellationToken cancel) =>
        db.Database.SqlQuery<DayCount>($"""
            SELECT "Day", sum("Cases")::int AS "Cases" FROM "CaseDays" WHERE "Dimension" = 'channel' AND "Day" >= {from} AND "Day" < {to} GROUP BY "Day"
            """).ToListAsync(cancel);

    public static Task<List<DayCount>> Resolved(NassijDb db, DateOnly from, DateOnly to, CancellationToken cancel) =>
        db.Database.SqlQuery<DayCount>($"""
            SELECT "Day", "Cases" FROM "CaseResolvedDays" WHERE "Day" >= {from} AND "Day" < {to}
            """).ToListAsync(cancel);
}
