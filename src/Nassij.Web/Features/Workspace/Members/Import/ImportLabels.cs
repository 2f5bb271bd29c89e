namespace Nassij.Web.Features.Workspace.Members.Import;

/// <summary>How an import's state reads (resource keys).</summary>
public static class ImportLabels
{
    public static string Of(ImportStatus status) => status switch
    {
        ImportStatus.Mapping => "Waiting for your check",
        ImportStatus.Queued => "Waiting to start",
        ImportStatus.Running => "Importing",
        ImportStatus.Done => "Done",
        ImportStatus.Failed => "Stopped on an error",
        _ => status.ToString(),
    };
}
