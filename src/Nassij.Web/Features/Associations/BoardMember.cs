namespace Nassij.Web.Features.Associations;

public enum Office
{
    President = 1,
    VicePresident = 2,
    Secretary = 3,
    DeputySecretary = 4,
    Treasurer = 5,
    DeputyTreasurer = 6,
    Adviser = 7,
}

/// <summary>Declared only if the association wishes: used for the equal-treatment report, never shown publicly.</summary>
public enum Gender
{
    Female = 1,
    Male = 2,
}

/// <summary>A member of the board as declared to the local authority.</summary>
public sealed class BoardMember
{
    public int Id { get; set; }
    public int AssociationId { get; set; }
    public required string FullName { get; set; }
    public Office Office { get; set; }
    public DateOnly? TermEndsOn { get; set; }
    public Gender? Gender { get; set; }
}
