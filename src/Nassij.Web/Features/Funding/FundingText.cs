namespace Nassij.Web.Features.Funding;

/// <summary>Marker for the funding module's texts (FundingText.ar.resx, FundingText.fr.resx; keys are English).</summary>
public sealed class FundingText;
