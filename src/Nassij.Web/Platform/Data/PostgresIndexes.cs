using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Associations;

namespace Nassij.Web.Platform.Data;

/// <summary>Indexes only PostgreSQL has: trigram indexes make substring search indexed at national scale.</summary>
internal static class PostgresIndexes
{
    public static void Apply(ModelBuilder builder)
    {
        builder.HasPostgresExtension("pg_trgm");
        builder.HasPostgresExtension("btree_gin");
        builder.Entity<Association>()
            .HasIndex(a => a.SearchKey)
            .HasMethod("gin")
            .HasOperators("gin_trgm_ops")
            .HasDatabaseName("IX_Associations_SearchKey_trgm");
        builder.Entity<Features.Support.Cases.Case>()
            .HasIndex(c => c.SearchKey)
            .HasMethod("gin")
            .HasOperators("gin_trgm_ops")
            .HasDatabaseName("IX_Cases_SearchKey_trgm");
        // A member search stays within one association: one GIN index answers both conditions (btree_gin),
        // so a common name in a large association and a rare one nationally are both a short bitmap.
        builder.Entity<Features.Workspace.Members.Member>()
            .HasIndex(m => new { m.AssociationId, m.SearchKey })
            .HasMethod("gin")
            .HasOperators("int4_ops", "gin_trgm_ops")
            .HasDatabaseName("IX_Members_AssociationId_SearchKey_trgm");
        // The supervisor's figures read only these columns: an index-only scan over the period.
        builder.Entity<Features.Support.Cases.Case>()
            .HasIndex(c => c.CreatedAt)
            .IncludeProperties(c => new { c.Topic, c.RegionCode, c.Channel, c.Priority, c.FirstResponseMet, c.ResolutionMet, c.Rating, c.MergedIntoId })
            .HasDatabaseName("IX_Cases_CreatedAt_figures");
    }
}
