namespace Nassij.Web.Features.Shared;

/// <summary>A line of a repeated part of a form (a lot, a budget line...): it keeps its record's id; a blank line is ignored.</summary>
public interface IFormLine
{
    int? Id { get; }
    bool IsBlank { get; }
}

/// <summary>Forms with lists show a few blank lines to fill instead of needing a script to add one.</summary>
public static class FormLines
{
    public const int Spare = 2;

    public static void Pad<T>(List<T> lines, Func<T> blank)
        where T : IFormLine
    {
        lines.RemoveAll(l => l.IsBlank);
        for (var i = 0; i < Spare; i++)
        {
            lines.Add(blank());
        }
    }

    /// <summary>Kept lines update their record, blank ones remove it, new ones add one, numbered in the form's order.
    /// An id that is not among the records (forged, or another parent's) makes a new record.</summary>
    public static void Sync<TLine, TEntity>(List<TEntity> entities, List<TLine> lines, Func<TEntity, int> idOf, Func<TEntity> create, Action<TLine, TEntity, int> apply)
        where TLine : IFormLine
    {
        var kept = lines.Where(l => !l.IsBlank).ToList();
        var keptIds = kept.Where(l => l.Id is not null).Select(l => l.Id!.Value).ToHashSet();
        entities.RemoveAll(e => !keptIds.Contains(idOf(e)));
        var number = 1;
        foreach (var line in kept)
        {
            var entity = line.Id is { } id ? entities.FirstOrDefault(e => idOf(e) == id) : default;
            if (entity is null)
            {
                entity = create();
                entities.Add(entity);
            }

            apply(line, entity, number++);
        }
    }
}
