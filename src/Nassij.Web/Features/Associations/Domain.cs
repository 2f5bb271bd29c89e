namespace Nassij.Web.Features.Associations;

/// <summary>Domains of activity, as associations describe themselves in the directory.</summary>
public enum Domain
{
    Education = 1,
    Health = 2,
    Culture = 3,
    Sport = 4,
    Environment = 5,
    WomenRights = 6,
    ChildhoodAndYouth = 7,
    Disability = 8,
    HumanRights = 9,
    RuralDevelopment = 10,
    SocialSolidarity = 11,
    Digital = 12,
    ParticipatoryDemocracy = 13,
    IncomeGeneration = 14,
    AmazighCulture = 15,
}

public sealed class AssociationDomain
{
    public int AssociationId { get; set; }
    public Domain Domain { get; set; }
}
