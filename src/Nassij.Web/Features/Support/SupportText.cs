namespace Nassij.Web.Features.Support;

/// <summary>Marker for the support centre's text.</summary>
public sealed class SupportText;
