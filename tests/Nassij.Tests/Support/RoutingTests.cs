using Nassij.Web.Features.Support.Cases;

namespace Nassij.Tests.Support;

public sealed class RoutingTests
{
    private static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid C = Guid.Parse("00000000-0000-0000-0000-00000000000c");

    private static CaseQueue Queue(int id, CaseTopic? topic, string? region) => new() { Id = id, NameAr = "q", NameFr = "q", Topic = topic, RegionCode = region };

    [Fact]
    public void The_most_specific_matching_queue_wins()
    {
        CaseQueue[] queues = [Queue(1, null, null), Queue(2, CaseTopic.Legal, null), Queue(3, null, "06"), Queue(4, CaseTopic.Legal, "06"), Queue(5, CaseTopic.Funding, "06")];
        Assert.Equal(4, Routing.Best(queues, CaseTopic.Legal, "06")!.Id);
        Assert.Equal(2, Routing.Best(queues, CaseTopic.Legal, "01")!.Id);
        Assert.Equal(3, Routing.Best(queues, CaseTopic.Digital, "06")!.Id);
        Assert.Equal(1, Routing.Best(queues, CaseTopic.Digital, "01")!.Id);
        Assert.Null(Routing.Best([Queue(5, CaseTopic.Funding, "06")], CaseTopic.Legal, "06"));
    }

    [Fact]
    public void Advisers_get_cases_in_turn()
    {
        var queue = Queue(1, null, null);
        queue.Advisers = [new() { PersonId = C }, new() { PersonId = A }, new() { PersonId = B }];
        var got = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            var next = Routing.NextAdviser(queue)!.Value;
            got.Add(next);
            queue.LastAssignedId = next;
        }

        Assert.Equal([A, B, C, A], got);
        Assert.Null(Routing.NextAdviser(Queue(2, null, null)));
    }
}
