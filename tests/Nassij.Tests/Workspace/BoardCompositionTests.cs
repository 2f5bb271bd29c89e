using Nassij.Web.Features.Associations;
using Nassij.Web.Features.Workspace.Board;

namespace Nassij.Tests.Workspace;

public sealed class BoardCompositionTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static RenewalForm Form(params (Office Office, string? Name)[] seats) => new()
    {
        ElectedOn = Today,
        Seats = [.. seats.Select(s => new SeatLine { Office = s.Office, FullName = s.Name }), new SeatLine()],
    };

    [Fact]
    public void A_board_with_its_three_offices_breaks_no_rule() =>
        Assert.Empty(BoardComposition.Check(Form((Office.President, "Amina"), (Office.Secretary, "Omar"), (Office.Treasurer, "Salma"), (Office.Adviser, "Driss")), Today));

    [Fact]
    public void Each_of_president_secretary_and_treasurer_is_held_once()
    {
        Assert.Equal(["Seats"], BoardComposition.Check(Form((Office.President, "Amina"), (Office.Secretary, "Omar")), Today).Select(b => b.Field));
        Assert.Equal(["Seats[3].Office"], BoardComposition.Check(Form((Office.President, "Amina"), (Office.Secretary, "Omar"), (Office.Treasurer, "Salma"), (Office.Treasurer, "Driss")), Today).Select(b => b.Field));
    }

    [Fact]
    public void A_line_with_details_needs_a_name_and_the_election_is_not_in_the_future()
    {
        var form = Form((Office.President, "Amina"), (Office.Secretary, "Omar"), (Office.Treasurer, "Salma"));
        form.Seats[3].Profession = "Enseignante";
        form.ElectedOn = Today.AddDays(1);
        Assert.Equal(["ElectedOn", "Seats[3].FullName"], BoardComposition.Check(form, Today).Select(b => b.Field));
    }
}
