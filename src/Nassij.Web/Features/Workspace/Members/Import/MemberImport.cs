using System.Text.Json;

namespace Nassij.Web.Features.Workspace.Members.Import;

public enum ImportStatus
{
    /// <summary>Uploaded; the officer maps the columns and checks the rows.</summary>
    Mapping = 1,
    Queued = 2,
    Running = 3,
    Done = 4,
    Failed = 5,
}

/// <summary>One import of a members file: the file, how its columns map, and — once started — its progress and outcome.</summary>
public sealed class MemberImport
{
    public Guid Id { get; set; }
    public int AssociationId { get; set; }
    public Guid FileId { get; set; }
    public required string FileName { get; set; }
    public ImportStatus Status { get; set; } = ImportStatus.Mapping;

    /// <summary>The field → column mapping as JSON (small, read whole).</summary>
    public string Mapping { get; set; } = "{}";
    public string ConsentPurpose { get; set; } = string.Empty;
    public int TotalRows { get; set; }
    public int Processed { get; set; }
    public int Added { get; set; }
    public int AlreadyMembers { get; set; }
    public int Rejected { get; set; }
    public string? Failure { get; set; }
    public Guid? StartedById { get; set; }
    public string? StartedByName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    public IReadOnlyDictionary<MemberField, int> Columns() => JsonSerializer.Deserialize<Dictionary<MemberField, int>>(Mapping) ?? [];

    public void MapColumns(IReadOnlyDictionary<MemberField, int> columns) => Mapping = JsonSerializer.Serialize(columns);

    public bool InProgress => Status is ImportStatus.Queued or ImportStatus.Running;
}
