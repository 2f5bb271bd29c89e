namespace Nassij.Web.Features.Associations;

/// <summary>Marker for the registry and directory's text.</summary>
public sealed class AssociationsText;
