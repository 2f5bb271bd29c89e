using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Platform.Security;

/// <summary>Writes the audit trail. Entries join the caller's unit of work, so the change
/// and its record are saved together or not at all.</summary>
public sealed class Audit(NassijDb db, TimeProvider clock, IHttpContextAccessor http)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public void Record(string action, string? entityType = null, object? entityId = null, object? before = null, object? after = null, ClaimsPrincipal? actor = null, string? actorName = null)
    {
        var context = http.HttpContext;
        var user = actor ?? context?.User;
        var id = user?.FindFirstValue(ClaimTypes.NameIdentifier);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            ActorId = Guid.TryParse(id, out var actorId) ? actorId : null,
            ActorName = actorName ?? user?.Identity?.Name,
            Action = action,
            EntityType = entityType,
            EntityId = entityId?.ToString(),
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
            IpAddress = context?.Connection.RemoteIpAddress?.ToString(),
        });
    }
}
