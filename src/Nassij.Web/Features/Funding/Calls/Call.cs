using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Funding.Calls;

/// <summary>Closed is never stored: a published call is closed once its closing time has passed, by the clock alone.</summary>
public enum CallState
{
    Draft = 1,
    Published = 2,
    Closed = 3,
    Evaluation = 4,
    ResultsPublished = 5,
    Archived = 6,
    Cancelled = 7,
}

/// <summary>A call for proposals: its lots, its eligibility rules, its scoring grid and its committee.</summary>
public sealed class Call : IVersioned
{
    public int Id { get; set; }
    public required string TitleAr { get; set; }
    public required string TitleFr { get; set; }
    public string TextAr { get; set; } = string.Empty;
    public string TextFr { get; set; } = string.Empty;
    public DateTimeOffset OpensAt { get; set; }
    public DateTimeOffset ClosesAt { get; set; }
    public CallState State { get; set; } = CallState.Draft;

    /// <summary>Months since the provisional receipt an applicant must have; 0 for none.</summary>
    public int MinimumAgeMonths { get; set; }

    /// <summary>Region codes separated by commas; empty when every region may apply.</summary>
    public string AllowedRegions { get; set; } = string.Empty;

    public int EvaluatorsPerApplication { get; set; } = 2;
    public bool BlindReview { get; set; }
    public int ApplicationsPerLot { get; set; } = 1;

    /// <summary>Share of the grant paid at signature; the rest after the first report is approved. 100 means one tranche.</summary>
    public int FirstTranchePercent { get; set; } = 50;

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? CancelReason { get; set; }
    public int Version { get; set; }

    public List<Lot> Lots { get; set; } = [];
    public List<Criterion> Criteria { get; set; } = [];
    public List<RequiredDocument> Documents { get; set; } = [];
    public List<Declaration> Declarations { get; set; } = [];
    public List<CommitteeSeat> Committee { get; set; } = [];

    public string Title(bool arabic) => arabic ? TitleAr : TitleFr;

    public string Text(bool arabic) => arabic ? TextAr : TextFr;

    public CallState StateAt(DateTimeOffset now) => StateAt(State, ClosesAt, now);

    public static CallState StateAt(CallState stored, DateTimeOffset closesAt, DateTimeOffset now) =>
        stored == CallState.Published && now >= closesAt ? CallState.Closed : stored;

    /// <summary>The one test of the deadline: the server's clock, whatever a page showed.</summary>
    public bool AcceptsApplicationsAt(DateTimeOffset now) => State == CallState.Published && now >= OpensAt && now < ClosesAt;

    public IReadOnlyList<string> RegionCodes => AllowedRegions.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public bool IsPublic => State is not (CallState.Draft or CallState.Cancelled) || PublishedAt is not null;

    public int MaxScore => Criteria.Sum(c => c.MaxPoints);
}

/// <summary>A theme of a call with its own envelope.</summary>
public sealed class Lot
{
    public int Id { get; set; }
    public int CallId { get; set; }
    public int Number { get; set; }
    public required string ThemeAr { get; set; }
    public required string ThemeFr { get; set; }
    public decimal Envelope { get; set; }
    public decimal MinimumGrant { get; set; }
    public decimal MaximumGrant { get; set; }
    public int IndicativeProjects { get; set; }

    public string Theme(bool arabic) => arabic ? ThemeAr : ThemeFr;
}

/// <summary>A line of the scoring grid, the same for every application of the call.</summary>
public sealed class Criterion
{
    public int Id { get; set; }
    public int CallId { get; set; }
    public int Number { get; set; }
    public required string LabelAr { get; set; }
    public required string LabelFr { get; set; }
    public int MaxPoints { get; set; }
    public string? GuidanceAr { get; set; }
    public string? GuidanceFr { get; set; }

    public string Label(bool arabic) => arabic ? LabelAr : LabelFr;

    public string? Guidance(bool arabic) => arabic ? GuidanceAr : GuidanceFr;
}

/// <summary>A document the applicant must attach. Law 55-19: never one the registry already holds.</summary>
public sealed class RequiredDocument
{
    public int Id { get; set; }
    public int CallId { get; set; }
    public int Number { get; set; }
    public required string LabelAr { get; set; }
    public required string LabelFr { get; set; }

    public string Label(bool arabic) => arabic ? LabelAr : LabelFr;
}

/// <summary>A statement the applicant ticks (e.g. no other public funding for the same activities).</summary>
public sealed class Declaration
{
    public int Id { get; set; }
    public int CallId { get; set; }
    public int Number { get; set; }
    public required string TextAr { get; set; }
    public required string TextFr { get; set; }

    public string Text(bool arabic) => arabic ? TextAr : TextFr;
}

/// <summary>An evaluator sitting on the call's committee.</summary>
public sealed class CommitteeSeat
{
    public int CallId { get; set; }
    public Guid PersonId { get; set; }
}
