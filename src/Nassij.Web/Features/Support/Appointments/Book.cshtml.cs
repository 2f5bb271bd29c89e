using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Support.Cases;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Geography;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Support.Appointments;

public sealed record SlotRow(int Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, SlotMode Mode, string Place, string? RegionCode, string AdviserName, CaseTopic? Topic, string? AssociationName);

/// <summary>/support/appointments: an association books time with an adviser, in person or by video, and moves or cancels it.</summary>
[Authorize]
public sealed class BookModel(NassijDb db, Bookings bookings, Geography places, TimeProvider time, IStringLocalizer<SupportText> text) : PageModel
{
    private const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public SlotMode? Mode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Moving { get; set; }

    [BindProperty(SupportsGet = true, Name = "book")]
    public int? Chosen { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public int? AssociationId { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Topic")]
    public CaseTopic? Topic { get; set; }

    [BindProperty]
    [StringLength(1000, ErrorMessage = "This is too long.")]
    [Display(Name = "What would you like to work on? (optional)")]
    public string? Note { get; set; }

    public IReadOnlyList<SlotRow> Free { get; private set; } = [];
    public IReadOnlyList<SlotRow> Mine { get; private set; } = [];
    public IReadOnlyList<AssociationChoice> Associations { get; private set; } = [];
    public SlotRow? ChosenSlot { get; private set; }
    public bool HasNext { get; private set; }
    public Geography Places => places;
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task OnGetAsync(CancellationToken cancel) => await Load(cancel);

    public async Task<IActionResult> OnPostBookAsync(CancellationToken cancel)
    {
        await Load(cancel);
        if (ChosenSlot is null)
        {
            // Booked by someone else between the page and the click: the same answer as losing the race inside Book.
            if (Chosen is { } chosen && await db.Slots.AnyAsync(s => s.Id == chosen, cancel))
            {
                TempData["Notice"] = text["Someone has just booked this time: choose another one."].Value;
                return Redirect("/support/appointments");
            }

            return NotFound();
        }

        if (AssociationId is { } a && Associations.All(x => x.Id != a))
        {
            AssociationId = null;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var moving = Moving is { } m && Mine.Any(x => x.Id == m) ? m : (int?)null;
        var result = await bookings.Book(ChosenSlot.Id, User.PersonId()!.Value, AssociationId ?? Associations.FirstOrDefault()?.Id, Topic!.Value, string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(), moving, cancel);
        TempData["Notice"] = (result == BookingResult.Booked ? text["Your appointment is booked. A confirmation is on its way by e-mail."] : text["Someone has just booked this time: choose another one."]).Value;
        return Redirect("/support/appointments");
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, CancellationToken cancel)
    {
        var cancelled = await bookings.Cancel(id, User.PersonId()!.Value, cancel);
        TempData["Notice"] = (cancelled ? text["The appointment is cancelled."] : text["This appointment is not yours to cancel."]).Value;
        return Redirect("/support/appointments");
    }

    public object RouteFor(int page) => new { mode = Mode, region = Region, moving = Moving, p = page };

    private async Task Load(CancellationToken cancel)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 1000);
        var now = time.GetUtcNow();
        var me = User.PersonId();
        Associations = await db.RoleGrants.AsNoTracking()
            .Where(g => g.PersonId == me && g.AssociationId != null && Roles.Officers.Contains(g.Role))
            .Select(g => new AssociationChoice(g.AssociationId!.Value, Arabic ? g.Association!.NameAr : g.Association!.NameFr))
            .Distinct().ToListAsync(cancel);
        Mine = await Rows(db.Slots.Where(s => s.BookedById == me && s.EndsAt > now).OrderBy(s => s.StartsAt).Take(50)).ToListAsync(cancel);
        var free = db.Slots.Where(s => s.BookedById == null && s.StartsAt > now);
        if (Mode is { } mode)
        {
            free = free.Where(s => s.Mode == mode);
        }

        if (!string.IsNullOrEmpty(Region))
        {
            free = free.Where(s => s.RegionCode == Region || s.Mode == SlotMode.Video);
        }

        var rows = await Rows(free.OrderBy(s => s.StartsAt).ThenBy(s => s.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)).ToListAsync(cancel);
        HasNext = rows.Count > PageSize;
        Free = [.. rows.Take(PageSize)];
        if (Chosen is { } chosen)
        {
            ChosenSlot = await Rows(db.Slots.Where(s => s.Id == chosen && s.BookedById == null && s.StartsAt > now)).FirstOrDefaultAsync(cancel);
        }
    }

    private IQueryable<SlotRow> Rows(IQueryable<Slot> slots) =>
        slots.AsNoTracking().Select(s => new SlotRow(s.Id, s.StartsAt, s.EndsAt, s.Mode, s.Place, s.RegionCode,
            db.Users.Where(u => u.Id == s.AdviserId).Select(u => u.DisplayName).First(), s.Topic,
            db.Associations.Where(a => a.Id == s.AssociationId).Select(a => Arabic ? a.NameAr : a.NameFr).FirstOrDefault()));
}
