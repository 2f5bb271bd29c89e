using Nassij.Web.Features.Funding.Calls;

namespace Nassij.Web.Features.Funding.Applications;

/// <summary>What the read-only view of an application shows. AssociationName is null in a blind review.</summary>
public sealed record ApplicationView(Application Application, Call Call, Lot Lot, string? AssociationName);
