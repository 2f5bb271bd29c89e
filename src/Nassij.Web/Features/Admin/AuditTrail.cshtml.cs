using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Admin;

/// <summary>The audit trail, newest first, filtered by action, thing and person, and by day (Moroccan time).</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class AuditTrailModel(NassijDb db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public bool HasNext { get; private set; }

    public async Task OnGetAsync(CancellationToken cancel)
    {
        ModelState.Clear();
        PageNumber = Math.Max(1, PageNumber);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Action))
        {
            query = query.Where(e => e.Action == Action.Trim());
        }

        if (!string.IsNullOrWhiteSpace(EntityType))
        {
            query = query.Where(e => e.EntityType == EntityType.Trim());
        }

        if (!string.IsNullOrWhiteSpace(EntityId))
        {
            query = query.Where(e => e.EntityId == EntityId.Trim());
        }

        if (!string.IsNullOrWhiteSpace(Actor))
        {
            query = query.Where(e => e.ActorName == Actor.Trim());
        }

        if (From is { } from)
        {
            var start = StartOfMoroccanDay(from);
            query = query.Where(e => e.At >= start);
        }

        if (To is { } to)
        {
            var end = StartOfMoroccanDay(to.AddDays(1));
            query = query.Where(e => e.At < end);
        }

        var rows = await query.OrderByDescending(e => e.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancel);
        HasNext = rows.Count > PageSize;
        Entries = rows.Take(PageSize).ToList();
    }

    public object RouteFor(int page) => new { action = Action, entityType = EntityType, entityId = EntityId, actor = Actor, from = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), to = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), p = page };

    private static DateTimeOffset StartOfMoroccanDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Cultures.Morocco.GetUtcOffset(local)).ToUniversalTime();
    }
}
