using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Associations;

namespace Nassij.Web.Platform.Data;

/// <summary>Indexes only PostgreSQL has: trigram indexes make substring search indexed at national scale.</summary>
internal static class PostgresIndexes
{
    public static void Apply(ModelBuilder builder)
    {
        builder.HasPostgresExtension("pg_trgm");
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
    }
}
