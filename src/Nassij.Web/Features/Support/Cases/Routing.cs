namespace Nassij.Web.Features.Support.Cases;

/// <summary>Which queue a case joins and which adviser gets it next.</summary>
public static class Routing
{
    /// <summary>The most specific queue matching the topic and region: topic and region, then topic, then region, then any.</summary>
    public static CaseQueue? Best(IEnumerable<CaseQueue> queues, CaseTopic topic, string regionCode) =>
        queues
            .Where(q => (q.Topic is null || q.Topic == topic) && (q.RegionCode is null || q.RegionCode == regionCode))
            .OrderByDescending(q => (q.Topic is null ? 0 : 2) + (q.RegionCode is null ? 0 : 1))
            .ThenBy(q => q.Id)
            .FirstOrDefault();

    /// <summary>Round-robin: the adviser after the one who got the last case, in a stable order.</summary>
    public static Guid? NextAdviser(CaseQueue queue)
    {
        var advisers = queue.Advisers.Select(a => a.PersonId).Order().ToList();
        if (advisers.Count == 0)
        {
            return null;
        }

        return queue.LastAssignedId is { } last && advisers.FirstOrDefault(a => a.CompareTo(last) > 0) is var next && next != Guid.Empty
            ? next
            : advisers[0];
    }
}
