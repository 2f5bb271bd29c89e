namespace Nassij.Web.Features.Workspace;

/// <summary>Marker for the association workspace's text.</summary>
public sealed class WorkspaceText;
