using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Demo;
using Nassij.Web.Features.Support.Appointments;
using Nassij.Web.Features.Support.Cases;
using Nassij.Web.Platform.Localization;

namespace Nassij.Tests.Support;

public sealed class AppointmentsTests
{
    /// <summary>A new adviser opens two 30-minute in-person times, some days ahead; returns them and their ids.</summary>
    private static async Task<(Browser Adviser, int[] Slots)> Opened(NassijFactory app)
    {
        var adviser = await Advisers.New(app);
        var day = TestClock.Today.AddDays(Random.Shared.Next(20, 300));
        var response = await adviser.Submit("/support/desk/availability", new()
        {
            ["Input.Day"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.From"] = "10:00",
            ["Input.Count"] = "2",
            ["Input.Minutes"] = "30",
            ["Input.Mode"] = "InPerson",
            ["Input.Place"] = "Maison des associations, Fès",
            ["Input.RegionCode"] = "03",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var start = Formats.FromMorocco(day.ToDateTime(new TimeOnly(10, 0)));
        var ids = await app.WithDb(db => db.Slots.Where(s => s.StartsAt >= start && s.StartsAt < start.AddHours(1) && s.Place == "Maison des associations, Fès").OrderBy(s => s.StartsAt).Select(s => s.Id).ToArrayAsync());
        Assert.Equal(2, ids.Length);
        return (adviser, ids);
    }

    private static Dictionary<string, string> Booking(int slot, int? moving = null) => new()
    {
        ["book"] = slot.ToString(CultureInfo.InvariantCulture),
        ["moving"] = moving?.ToString(CultureInfo.InvariantCulture) ?? "",
        ["Topic"] = "Financial",
        ["Note"] = "إعداد التقرير المالي",
    };

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_association_books_moves_and_cancels_and_both_sides_are_told(string provider)
    {
        var app = Databases.App(provider);
        var (adviser, slots) = await Opened(app);
        var officer = await Browser.SignedIn(app, $"president4@{DemoData.Domain}");
        var booked = await officer.Submit($"/support/appointments?book={slots[0]}", Booking(slots[0]), postUrl: "/support/appointments?handler=Book");
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        var slot = await app.WithDb(db => db.Slots.SingleAsync(s => s.Id == slots[0]));
        Assert.NotNull(slot.AssociationId);
        Assert.Equal(CaseTopic.Financial, slot.Topic);
        var adviserEmail = await app.WithDb(db => db.Users.Where(u => u.Id == slot.AdviserId).Select(u => u.Email).SingleAsync());
        var confirmations = await app.WithDb(db => db.OutboxMessages.Where(m => (m.To == adviserEmail || m.To == $"president4@{DemoData.Domain}") && m.Body.Contains("Maison des associations, Fès")).Select(m => m.To).ToListAsync());
        Assert.Contains(adviserEmail!, confirmations);
        Assert.Contains($"president4@{DemoData.Domain}", confirmations);
        Assert.Contains("إعداد التقرير المالي", await adviser.Html("/support/desk/availability"), StringComparison.Ordinal);

        // Someone else cannot take it, nor cancel it.
        var other = await Browser.SignedIn(app, $"president5@{DemoData.Domain}");
        await other.Submit($"/support/appointments?book={slots[1]}", Booking(slots[0]), postUrl: "/support/appointments?handler=Book");
        Assert.Equal(slot.BookedById, await app.WithDb(db => db.Slots.Where(s => s.Id == slots[0]).Select(s => s.BookedById).SingleAsync()));
        await other.Submit("/support/appointments", new() { ["id"] = slots[0].ToString(CultureInfo.InvariantCulture) }, postUrl: "/support/appointments?handler=Cancel");
        Assert.NotNull(await app.WithDb(db => db.Slots.Where(s => s.Id == slots[0]).Select(s => s.BookedById).SingleAsync()));

        // Moving frees the first time; cancelling frees the second.
        await officer.Submit($"/support/appointments?book={slots[1]}&moving={slots[0]}", Booking(slots[1], slots[0]), postUrl: "/support/appointments?handler=Book");
        Assert.Equal((false, true), await app.WithDb(async db => (await db.Slots.AnyAsync(s => s.Id == slots[0] && s.BookedById != null), await db.Slots.AnyAsync(s => s.Id == slots[1] && s.BookedById != null))));
        await officer.Submit("/support/appointments", new() { ["id"] = slots[1].ToString(CultureInfo.InvariantCulture) }, postUrl: "/support/appointments?handler=Cancel");
        Assert.False(await app.WithDb(db => db.Slots.AnyAsync(s => (s.Id == slots[0] || s.Id == slots[1]) && s.BookedById != null)));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Two_associations_clicking_the_same_time_at_once_get_it_once(string provider)
    {
        var app = Databases.App(provider);
        var (_, slots) = await Opened(app);
        var first = await Browser.SignedIn(app, $"president6@{DemoData.Domain}");
        var second = await Browser.SignedIn(app, $"president7@{DemoData.Domain}");
        var results = await Task.WhenAll(
            first.Submit($"/support/appointments?book={slots[0]}", Booking(slots[0]), postUrl: "/support/appointments?handler=Book"),
            second.Submit($"/support/appointments?book={slots[0]}", Booking(slots[0]), postUrl: "/support/appointments?handler=Book"));
        Assert.All(results, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(1, await app.WithDb(db => db.AuditEntries.CountAsync(e => e.Action == "appointment.booked" && e.EntityId == slots[0].ToString(CultureInfo.InvariantCulture))));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Overlapping_times_are_refused_and_only_advisers_open_times(string provider)
    {
        var app = Databases.App(provider);
        var (adviser, slots) = await Opened(app);
        var start = await app.WithDb(db => db.Slots.Where(s => s.Id == slots[0]).Select(s => s.StartsAt).SingleAsync());
        var local = Formats.LocalInMorocco(start);
        var again = await adviser.Submit("/support/desk/availability", new()
        {
            ["Input.Day"] = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.From"] = "10:15",
            ["Input.Count"] = "1",
            ["Input.Minutes"] = "30",
            ["Input.Mode"] = "Video",
            ["Input.Place"] = "https://visio.example/x",
        });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("لديكم مواعيد في هذا الوقت.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var officer = await Browser.SignedIn(app, $"president1@{DemoData.Domain}");
        Assert.NotEqual(HttpStatusCode.OK, (await officer.Get("/support/desk/availability")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Both_sides_are_reminded_the_day_before_once(string provider)
    {
        var app = Databases.App(provider);
        var (_, slots) = await Opened(app);
        var officer = await Browser.SignedIn(app, $"president8@{DemoData.Domain}");
        await officer.Submit($"/support/appointments?book={slots[0]}", Booking(slots[0]), postUrl: "/support/appointments?handler=Book");
        var start = await app.WithDb(db => db.Slots.Where(s => s.Id == slots[0]).Select(s => s.StartsAt).SingleAsync());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var bookings = scope.ServiceProvider.GetRequiredService<Bookings>();
            await bookings.Remind(start.AddHours(-30));
            await bookings.Remind(start.AddHours(-20));
            await bookings.Remind(start.AddHours(-10));
        }

        var reminders = await app.WithDb(db => db.OutboxMessages.CountAsync(m => m.To == $"president8@{DemoData.Domain}" && (m.Subject == "تذكير: موعد غداً" || m.Subject == "Rappel : rendez-vous demain") && m.Body.Contains("Maison des associations, Fès")));
        Assert.Equal(1, reminders);
    }
}
