namespace Nassij.Web.Features.Admin;

/// <summary>Marker for the administration pages' text.</summary>
public sealed class AdminText;
