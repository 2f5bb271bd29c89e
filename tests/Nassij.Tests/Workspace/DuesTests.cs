using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Associations;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Tests.Workspace;

public sealed class DuesTests
{
    private static readonly DateOnly Today = TestClock.Today;
    private static string Year => Today.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>An amount as the Arabic pages and e-mails write it.</summary>
    private static string Mad(decimal amount)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = Cultures.ForLanguage("ar")!;
        try
        {
            return Formats.Mad(amount);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    private static Dictionary<string, string> NewMember(string name, string email) => new()
    {
        ["Input.NameLatin"] = name,
        ["Input.Email"] = email,
        ["Input.Category"] = "Active",
        ["Input.Status"] = "Active",
        ["Input.JoinedOn"] = $"{Year}-01-01",
        ["Input.Consent"] = "true",
        ["Input.ConsentPurpose"] = "Adhésions",
        ["Version"] = "0",
    };

    /// <summary>An association whose active members owe 200 MAD this year, due on 1 January (so unpaid dues are in arrears).</summary>
    private static async Task<(Browser Treasurer, int Id, int[] Members)> WithTwoMembersOwing(NassijFactory app)
    {
        var (officer, id, _) = await Registration.NewAssociation(app);
        var fees = await officer.Submit($"/workspace/{id}/dues/fees?year={Year}", new() { ["Lines[0].Category"] = "Active", ["Lines[0].Amount"] = "200,00", ["Lines[0].DueOn"] = $"{Year}-01-01" });
        Assert.Equal(HttpStatusCode.Redirect, fees.StatusCode);
        var tag = Guid.NewGuid().ToString("N")[..8];
        foreach (var name in new[] { "Amina", "Youssef" })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await officer.Submit($"/workspace/{id}/members/new", NewMember($"{name} {tag}", $"{name.ToLowerInvariant()}.{tag}@example.ma"))).StatusCode);
        }

        var members = await app.WithDb(db => db.Members.Where(m => m.AssociationId == id).OrderBy(m => m.SortName).Select(m => m.Id).ToArrayAsync());
        return (officer, id, members);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_treasurer_records_dues_with_numbered_receipts_and_sees_who_is_in_arrears(string provider)
    {
        var app = Databases.App(provider);
        var (treasurer, id, members) = await WithTwoMembersOwing(app);
        var list = await treasurer.Html($"/workspace/{id}/dues");
        Assert.Contains("data-testid=\"dues-arrears\">2<", list, StringComparison.Ordinal);
        Assert.Contains(Mad(400), list, StringComparison.Ordinal);
        var dashboard = await treasurer.Html($"/workspace/{id}");
        Assert.Contains($"/workspace/{id}/dues?year={Year}&amp;show=InArrears", dashboard, StringComparison.Ordinal);
        // The year reads as a year, not as a number with a thousands separator.
        Assert.Contains($"لم يؤدوا اشتراك سنة {Year}.", dashboard, StringComparison.Ordinal);

        var page = $"/workspace/{id}/dues/members/{members[0]}";
        var paid = await treasurer.Submit(page, new() { ["Input.Amount"] = "200", ["Input.PaidOn"] = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Input.Method"] = "Cash" });
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        Assert.Contains($"{Year}-0001", await treasurer.Html(page), StringComparison.Ordinal);

        var noReference = await treasurer.Submit($"/workspace/{id}/dues/members/{members[1]}", new() { ["Input.Amount"] = "150,5", ["Input.PaidOn"] = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Input.Method"] = "Cheque" });
        Assert.Equal(HttpStatusCode.OK, noReference.StatusCode);
        var html = await noReference.Content.ReadAsStringAsync();
        Assert.Contains("Input_Reference-error", html, StringComparison.Ordinal);
        Assert.Contains("150,5", html, StringComparison.Ordinal);
        await treasurer.Submit($"/workspace/{id}/dues/members/{members[1]}", new() { ["Input.Amount"] = "150,5", ["Input.PaidOn"] = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Input.Method"] = "Cheque", ["Input.Reference"] = "CH 0042" });

        var dues = await app.WithDb(db => db.MemberDues.Where(d => d.AssociationId == id).OrderBy(d => d.MemberId).ToListAsync());
        Assert.Equal([(200m, true), (150.5m, false)], dues.OrderBy(d => Array.IndexOf(members, d.MemberId)).Select(d => (d.Paid, d.Settled)));
        var receipts = await app.WithDb(db => db.DuesPayments.Where(p => p.AssociationId == id).OrderBy(p => p.ReceiptNumber).Select(p => p.ReceiptNumber).ToListAsync());
        Assert.Equal([1, 2], receipts);
        Assert.Contains("data-testid=\"dues-arrears\">1<", await treasurer.Html($"/workspace/{id}/dues"), StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDb(db => db.AuditEntries.CountAsync(e => e.Action == "dues.paid" && e.After!.Contains($"\"AssociationId\":{id},"))));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_cancelled_receipt_keeps_its_number_and_the_member_owes_again(string provider)
    {
        var app = Databases.App(provider);
        var (treasurer, id, members) = await WithTwoMembersOwing(app);
        var page = $"/workspace/{id}/dues/members/{members[0]}";
        await treasurer.Submit(page, new() { ["Input.Amount"] = "200", ["Input.PaidOn"] = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Input.Method"] = "Cash" });
        var paymentId = await app.WithDb(db => db.DuesPayments.Where(p => p.MemberId == members[0]).Select(p => p.Id).SingleAsync());

        var receipt = await treasurer.Get($"{page}?handler=Receipt&paymentId={paymentId}");
        Assert.Equal(HttpStatusCode.OK, receipt.StatusCode);
        if (receipt.Content.Headers.ContentType?.MediaType == "application/pdf")
        {
            Assert.Contains($"{Year}-0001", await Pdfs.Text(await receipt.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        }

        var noReason = await treasurer.Submit(page, new() { ["paymentId"] = paymentId.ToString(CultureInfo.InvariantCulture), ["reason"] = "" }, postUrl: page + "?handler=Cancel");
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains($"reason-{paymentId}-error", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var cancelled = await treasurer.Submit(page, new() { ["paymentId"] = paymentId.ToString(CultureInfo.InvariantCulture), ["reason"] = "Saisie en double" }, postUrl: page + "?handler=Cancel");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var payment = await app.WithDb(db => db.DuesPayments.SingleAsync(p => p.Id == paymentId));
        Assert.Equal((1, "Saisie en double"), (payment.ReceiptNumber, payment.CancelReason));
        Assert.False(await app.WithDb(db => db.MemberDues.Where(d => d.MemberId == members[0]).Select(d => d.Settled).SingleAsync()));
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.Action == "dues.cancelled" && e.EntityId == paymentId.ToString(CultureInfo.InvariantCulture))));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Members_in_arrears_are_reminded_by_e_mail_once_a_week(string provider)
    {
        var app = Databases.App(provider);
        var (treasurer, id, members) = await WithTwoMembersOwing(app);
        var emails = await app.WithDb(db => db.Members.Where(m => m.AssociationId == id).Select(m => m.Email!).ToListAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await treasurer.Submit($"/workspace/{id}/dues", [], postUrl: $"/workspace/{id}/dues?handler=Remind")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await treasurer.Submit($"/workspace/{id}/dues", [], postUrl: $"/workspace/{id}/dues?handler=Remind")).StatusCode);
        var sent = await app.WithDb(db => db.OutboxMessages.Where(m => emails.Contains(m.To)).Select(m => m.Body).ToListAsync());
        Assert.Equal(2, sent.Count);
        Assert.All(sent, body => Assert.Contains(Mad(200), body, StringComparison.Ordinal));
        Assert.Equal(members.Length, await app.WithDb(db => db.MemberDues.CountAsync(d => d.AssociationId == id && d.RemindedAt != null)));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_secretary_sees_the_dues_but_only_the_treasurer_or_president_records_them_and_outsiders_see_nothing(string provider)
    {
        var app = Databases.App(provider);
        var (_, id, members) = await WithTwoMembersOwing(app);
        var email = await Accounts.People.NewConfirmedPerson(app);
        await app.WithDb(async db =>
        {
            var personId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            db.RoleGrants.Add(new RoleGrant { PersonId = personId, AssociationId = id, Role = Role.Secretary });
            return await db.SaveChangesAsync();
        });
        var secretary = await Browser.SignedIn(app, email);
        var page = $"/workspace/{id}/dues/members/{members[0]}";
        Assert.DoesNotContain("Input.Amount", await secretary.Html(page), StringComparison.Ordinal);
        var forged = await secretary.Submit(page, new() { ["Input.Amount"] = "200", ["Input.PaidOn"] = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Input.Method"] = "Cash" });
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await secretary.Get($"/workspace/{id}/dues/fees")).StatusCode);

        var (outsider, _, _) = await Registration.NewAssociation(app);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Get($"/workspace/{id}/dues")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Get(page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Get($"{page}?handler=Receipt&paymentId=1")).StatusCode);
        Assert.False(await app.WithDb(db => db.DuesPayments.AnyAsync(p => p.AssociationId == id)));
    }
}
