using Nassij.Web.Features.Associations;
using Nassij.Web.Platform.Geography;

namespace Nassij.Tests.Associations;

public sealed class RegistryRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Geography Places = Geography.Load(Path.Combine(AppContext.BaseDirectory, "Platform", "Geography", "geography.json"));

    private static AssociationForm Valid() => new()
    {
        NameAr = "جمعية",
        NameFr = "Association",
        Address = "Rue 1",
        ProvinceCode = "06.141",
        Domains = [Domain.Education],
        FoundedOn = Today.AddDays(-30),
        ProvisionalReceiptOn = Today.AddDays(-20),
        Board = [new BoardRow { FullName = "Amina", Office = Office.President }],
    };

    private static IEnumerable<string> Fields(AssociationForm form) => RegistryRules.Check(form, Today, Places).Select(b => b.Field);

    [Fact]
    public void A_complete_file_passes() => Assert.Empty(Fields(Valid()));

    [Fact]
    public void The_province_must_exist()
    {
        var form = Valid();
        form.ProvinceCode = "99.999";
        Assert.Contains(nameof(form.ProvinceCode), Fields(form));
    }

    [Fact]
    public void Dates_cannot_be_in_the_future()
    {
        var form = Valid();
        form.ProvisionalReceiptOn = Today.AddDays(1);
        form.FoundedOn = Today.AddDays(1);
        Assert.Contains(nameof(form.ProvisionalReceiptOn), Fields(form));
    }

    [Fact]
    public void The_final_receipt_needs_its_number_and_date_together()
    {
        var form = Valid();
        form.FinalReceiptNumber = "123/2026";
        Assert.Contains(nameof(form.FinalReceiptOn), Fields(form));
    }

    [Fact]
    public void The_final_receipt_follows_the_provisional_one()
    {
        var form = Valid();
        form.FinalReceiptNumber = "1";
        form.FinalReceiptOn = Today.AddDays(-25);
        Assert.Contains(nameof(form.FinalReceiptOn), Fields(form));
    }

    [Fact]
    public void The_board_needs_a_president_and_one_treasurer()
    {
        var form = Valid();
        form.Board = [new BoardRow { FullName = "A", Office = Office.Treasurer }, new BoardRow { FullName = "B", Office = Office.Treasurer }];
        Assert.Equal(2, Fields(form).Count(f => f == "Board"));
    }

    [Fact]
    public void A_board_member_needs_an_office()
    {
        var form = Valid();
        form.Board.Add(new BoardRow { FullName = "Karim" });
        Assert.Contains("Board[1].Office", Fields(form));
    }

    [Fact]
    public void At_least_one_domain_is_needed()
    {
        var form = Valid();
        form.Domains = [];
        Assert.Contains(nameof(form.Domains), Fields(form));
    }
}
