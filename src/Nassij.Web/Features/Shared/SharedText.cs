namespace Nassij.Web.Features.Shared;

/// <summary>Marker for the layout's text, validation messages and words every feature uses.</summary>
public sealed class SharedText;
