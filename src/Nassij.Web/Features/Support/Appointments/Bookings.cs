using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Mail;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Support.Appointments;

public enum BookingResult
{
    Booked,
    Taken,
}

/// <summary>Booking, moving and cancelling appointments. A slot is taken by a conditional update,
/// so two associations clicking the same slot at once cannot both get it.</summary>
public sealed class Bookings(NassijDb db, Mailer mailer, SiteLinks links, Audit audit, TimeProvider time, IStringLocalizer<SupportText> text)
{
    public async Task<BookingResult> Book(int slotId, Guid personId, int? associationId, Cases.CaseTopic topic, string? note, int? movingFrom, CancellationToken cancel)
    {
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancel);
        var taken = await db.Slots
            .Where(s => s.Id == slotId && s.BookedById == null && s.StartsAt > now)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.BookedById, personId)
                .SetProperty(x => x.AssociationId, associationId)
                .SetProperty(x => x.Topic, topic)
                .SetProperty(x => x.Note, note)
                .SetProperty(x => x.BookedAt, now)
                .SetProperty(x => x.RemindedAt, (DateTimeOffset?)null), cancel);
        if (taken == 0)
        {
            return BookingResult.Taken;
        }

        if (movingFrom is { } old && old != slotId)
        {
            await Release(old, personId, cancel);
        }

        audit.Record(movingFrom is null ? "appointment.booked" : "appointment.moved", nameof(Slot), slotId, after: new { associationId, topic, From = movingFrom });
        await Tell(slotId, "Appointment confirmed", "Dear {0},\n\nYour appointment is confirmed: {1}, {2}.\nPlace or link: {3}\nTopic: {4}\n\nTo move or cancel it: {5}", cancel);
        await db.SaveChangesAsync(cancel);
        await transaction.CommitAsync(cancel);
        return BookingResult.Booked;
    }

    /// <summary>The person who booked gives the slot back; it is free again for others.</summary>
    public async Task<bool> Cancel(int slotId, Guid personId, CancellationToken cancel)
    {
        await Tell(slotId, "Appointment cancelled", "Dear {0},\n\nThe appointment of {1}, {2} is cancelled.\nPlace or link: {3}\nTopic: {4}\n\nBook another time: {5}", cancel);
        if (!await Release(slotId, personId, cancel))
        {
            db.ChangeTracker.Clear();
            return false;
        }

        audit.Record("appointment.cancelled", nameof(Slot), slotId);
        await db.SaveChangesAsync(cancel);
        return true;
    }

    /// <summary>Reminds both sides of the appointments of the next 24 hours, once.</summary>
    public async Task<int> Remind(DateTimeOffset now, CancellationToken cancel = default)
    {
        var soon = now.AddHours(24);
        var due = await db.Slots.Where(s => s.BookedById != null && s.RemindedAt == null && s.StartsAt > now && s.StartsAt <= soon)
            .OrderBy(s => s.StartsAt).Take(200).ToListAsync(cancel);
        foreach (var slot in due)
        {
            await Tell(slot.Id, "Reminder: appointment tomorrow", "Dear {0},\n\nA reminder of your appointment: {1}, {2}.\nPlace or link: {3}\nTopic: {4}\n\n{5}", cancel);
            slot.RemindedAt = now;
        }

        await db.SaveChangesAsync(cancel);
        return due.Count;
    }

    private async Task<bool> Release(int slotId, Guid personId, CancellationToken cancel) =>
        await db.Slots.Where(s => s.Id == slotId && s.BookedById == personId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.BookedById, (Guid?)null)
                .SetProperty(x => x.AssociationId, (int?)null)
                .SetProperty(x => x.Topic, (Cases.CaseTopic?)null)
                .SetProperty(x => x.Note, (string?)null)
                .SetProperty(x => x.BookedAt, (DateTimeOffset?)null), cancel) == 1;

    /// <summary>E-mails the person who booked and the adviser, each in their language.</summary>
    private async Task Tell(int slotId, string subject, string body, CancellationToken cancel)
    {
        var slot = await db.Slots.AsNoTracking().Where(s => s.Id == slotId && s.BookedById != null)
            .Select(s => new { s.StartsAt, s.EndsAt, s.Place, s.Topic, s.AdviserId, s.BookedById }).FirstOrDefaultAsync(cancel);
        if (slot is null)
        {
            return;
        }

        var people = await db.Users.AsNoTracking().Where(u => (u.Id == slot.BookedById || u.Id == slot.AdviserId) && u.Email != null)
            .Select(u => new { u.Email, u.DisplayName, u.Language, IsAdviser = u.Id == slot.AdviserId }).ToListAsync(cancel);
        foreach (var person in people)
        {
            var culture = Cultures.ForLanguage(person.Language) ?? Cultures.Arabic;
            var when = Formats.ToMorocco(slot.StartsAt).ToString("dddd d MMMM yyyy", culture);
            var hours = $"{Formats.ToMorocco(slot.StartsAt):HH:mm}–{Formats.ToMorocco(slot.EndsAt):HH:mm}";
            mailer.Queue(person.Email!, person.Language, text, subject, body, person.DisplayName, when, hours, slot.Place, new TextKey(Cases.CaseLabels.Of(slot.Topic ?? Cases.CaseTopic.Other)), links.Absolute(person.IsAdviser ? "/support/desk/availability" : "/support/appointments"));
        }
    }
}
