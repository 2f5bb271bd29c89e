using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Nassij.Web.Platform.Data.Migrations.Postgres
{
    /// <summary>The supervisor's daily roll-up (see Features/Support/Supervision/CaseDays): written by hand,
    /// as EF does not model materialized views. SQLite has none: small installations count live.</summary>
    public partial class CaseDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE MATERIALIZED VIEW "CaseDays" AS
                SELECT ("CreatedAt" AT TIME ZONE 'Africa/Casablanca')::date AS "Day",
                       CASE WHEN GROUPING("Topic") = 0 THEN 'topic' WHEN GROUPING("RegionCode") = 0 THEN 'region'
                            WHEN GROUPING("Channel") = 0 THEN 'channel' WHEN GROUPING("Priority") = 0 THEN 'priority' ELSE 'rating' END AS "Dimension",
                       COALESCE("Topic"::text, "RegionCode", "Channel"::text, "Priority"::text, "Rating"::text, '') AS "Value",
                       count(*)::int AS "Cases",
                       (count(*) FILTER (WHERE "FirstResponseMet"))::int AS "FirstMet",
                       (count(*) FILTER (WHERE NOT "FirstResponseMet"))::int AS "FirstMissed",
                       (count(*) FILTER (WHERE "ResolutionMet"))::int AS "ResolutionMet",
                       (count(*) FILTER (WHERE NOT "ResolutionMet"))::int AS "ResolutionMissed"
                FROM "Cases" WHERE "MergedIntoId" IS NULL
                GROUP BY 1, GROUPING SETS (("Topic"), ("RegionCode"), ("Channel"), ("Priority"), ("Rating"));
                CREATE UNIQUE INDEX "IX_CaseDays" ON "CaseDays" ("Day", "Dimension", "Value");
                CREATE MATERIALIZED VIEW "CaseResolvedDays" AS
                SELECT ("ResolvedAt" AT TIME ZONE 'Africa/Casablanca')::date AS "Day", count(*)::int AS "Cases"
                FROM "Cases" WHERE "ResolvedAt" IS NOT NULL
                GROUP BY 1;
                CREATE UNIQUE INDEX "IX_CaseResolvedDays" ON "CaseResolvedDays" ("Day");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP MATERIALIZED VIEW IF EXISTS "CaseResolvedDays"; DROP MATERIALIZED VIEW IF EXISTS "CaseDays";""");
        }
    }
}
