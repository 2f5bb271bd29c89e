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

/// <summary>An association's domains as one bit mask: the directory filters on it while it walks
/// the name-ordered index, with no join.</summary>
public static class DomainMask
{
    public static long Of(IEnumerable<Domain> domains) => domains.Aggregate(0L, (mask, d) => mask | Bit(d));

    public static long Bit(Domain domain) => 1L << (int)domain;

    public static IEnumerable<Domain> Domains(long mask) => Enum.GetValues<Domain>().Where(d => (mask & Bit(d)) != 0);
}
