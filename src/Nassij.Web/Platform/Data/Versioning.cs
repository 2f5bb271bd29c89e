using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Nassij.Web.Platform.Data;

/// <summary>An entity users edit concurrently: its Version is the optimistic concurrency token.</summary>
public interface IVersioned
{
    int Version { get; set; }
}

internal static class Versioning
{
    // SQLite has no rowversion, so the token is bumped here for both providers.
    public static void Bump(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version++;
            }
        }
    }
}
