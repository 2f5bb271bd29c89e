using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Support.Cases;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Geography;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Support.Appointments;

public sealed record AgendaRow(int Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, SlotMode Mode, string Place, CaseTopic? Topic, string? Note, string? BookedBy, string? AssociationName);

/// <summary>/support/desk/availability: an adviser opens times for appointments and sees who booked them.</summary>
[Authorize(Policy = Policies.SupportDesk)]
public sealed class AvailabilityModel(NassijDb db, Geography places, Audit audit, TimeProvider time, IStringLocalizer<SupportText> text) : PageModel
{
    [BindProperty]
    public AvailabilityForm Input { get; set; } = new();

    public IReadOnlyList<AgendaRow> Agenda { get; private set; } = [];
    public Geography Places => places;
    public bool Arabic => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task OnGetAsync(CancellationToken cancel)
    {
        Input.Day = Formats.TodayInMorocco(time).AddDays(1);
        Input.From = new TimeOnly(9, 0);
        await Load(cancel);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        await Load(cancel);
        if (Input.RegionCode is { Length: > 0 } region && places.Region(region) is null)
        {
            ModelState.AddModelError("Input.RegionCode", text["Choose a region from the list."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var me = User.PersonId()!.Value;
        var first = Formats.FromMorocco(Input.Day!.Value.ToDateTime(Input.From!.Value));
        var slots = Enumerable.Range(0, Input.Count).Select(i => new Slot
        {
            AdviserId = me,
            StartsAt = first.AddMinutes(i * Input.Minutes),
            EndsAt = first.AddMinutes((i + 1) * Input.Minutes),
            Mode = Input.Mode,
            Place = Input.Place!.Trim(),
            RegionCode = string.IsNullOrEmpty(Input.RegionCode) ? null : Input.RegionCode,
        }).ToList();
        var last = slots[^1].EndsAt;
        if (first <= time.GetUtcNow())
        {
            ModelState.AddModelError("Input.Day", text["Choose a time in the future."]);
        }
        else if (await db.Slots.AnyAsync(s => s.AdviserId == me && s.StartsAt < last && s.EndsAt > first, cancel))
        {
            ModelState.AddModelError("Input.From", text["You already have appointments at that time."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Slots.AddRange(slots);
        audit.Record("appointment.opened", nameof(Slot), null, after: new { first, Input.Count, Input.Minutes, Input.Mode });
        await db.SaveChangesAsync(cancel);
        TempData["Notice"] = text["The times are open for booking."].Value;
        return Redirect("/support/desk/availability");
    }

    /// <summary>Removes a free time; a booked one is cancelled by the association or handled with it first.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken cancel)
    {
        var me = User.PersonId();
        var removed = await db.Slots.Where(s => s.Id == id && s.AdviserId == me && s.BookedById == null).ExecuteDeleteAsync(cancel);
        TempData["Notice"] = (removed == 1 ? text["The time is removed."] : text["A booked time cannot be removed: ask the association to move it."]).Value;
        return Redirect("/support/desk/availability");
    }

    private async Task Load(CancellationToken cancel)
    {
        var me = User.PersonId();
        var now = time.GetUtcNow();
        Agenda = await db.Slots.AsNoTracking().Where(s => s.AdviserId == me && s.EndsAt > now).OrderBy(s => s.StartsAt).Take(100)
            .Select(s => new AgendaRow(s.Id, s.StartsAt, s.EndsAt, s.Mode, s.Place, s.Topic, s.Note,
                db.Users.Where(u => u.Id == s.BookedById).Select(u => u.DisplayName).FirstOrDefault(),
                db.Associations.Where(a => a.Id == s.AssociationId).Select(a => Arabic ? a.NameAr : a.NameFr).FirstOrDefault()))
            .ToListAsync(cancel);
    }
}
