using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Infrastructure;

namespace Nassij.Tests.Accounts;

public sealed partial class SignUpTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Sign_up_confirm_from_the_outbox_then_sign_in(string provider)
    {
        var app = Databases.App(provider);
        var email = $"new-{Guid.NewGuid():N}@test.nassij.ma";
        var browser = Browser.Open(app, "fr");
        var response = await browser.Submit("/account/sign-up", new()
        {
            ["Input.DisplayName"] = "Salma Berrada",
            ["Input.Email"] = email,
            ["Input.Password"] = "une phrase assez longue",
            ["Input.ConfirmPassword"] = "une phrase assez longue",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        // Before confirming, signing in is refused with a reason.
        var early = await browser.Submit("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = "une phrase assez longue" });
        Assert.Contains("Confirmez d&#x27;abord", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var message = await app.WithDb(db => db.OutboxMessages.SingleAsync(m => m.To == email));
        Assert.Equal("Confirmez votre adresse e-mail", message.Subject);
        var link = new Uri(LinkPattern().Match(message.Body).Value);
        Assert.Contains("Votre adresse e-mail est confirmée", await browser.Html(link.PathAndQuery), StringComparison.Ordinal);

        var signIn = await browser.Submit("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = "une phrase assez longue" });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("Salma Berrada", await browser.Html("/account"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Bad_sign_up_input_is_explained_next_to_each_field_and_kept(string provider)
    {
        var browser = Browser.Open(Databases.App(provider));
        var response = await browser.Submit("/account/sign-up", new()
        {
            ["Input.DisplayName"] = "أمينة",
            ["Input.Email"] = "not-an-email",
            ["Input.Password"] = "short",
            ["Input.ConfirmPassword"] = "other",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("أدخل بريدا إلكترونيا صحيحا.", html, StringComparison.Ordinal);
        Assert.Contains("يجب أن تتكون كلمة المرور من 10 أحرف على الأقل.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"أمينة\"", html, StringComparison.Ordinal);
        // Screen readers hear the message with the field.
        Assert.Matches("<input[^>]*aria-describedby=\"Input_Email-error\"[^>]*aria-invalid=\"true\"[^>]*name=\"Input.Email\"|<input[^>]*name=\"Input.Email\"[^>]*aria-describedby=\"Input_Email-error\"", html);
        Assert.Matches("id=\"Input_Email-error\"[^>]*>أدخل بريدا إلكترونيا صحيحا.<", html);
        Assert.DoesNotMatch("<input[^>]*name=\"Input.DisplayName\"[^>]*aria-invalid", html);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Five_wrong_passwords_lock_the_account_and_are_audited(string provider)
    {
        var app = Databases.App(provider);
        var email = await People.NewConfirmedPerson(app);
        var browser = Browser.Open(app);
        for (var i = 0; i < 5; i++)
        {
            await browser.Submit("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = "wrong password " + i });
        }

        var locked = await browser.Submit("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = Web.Features.Demo.DemoData.Password });
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("محاولات فاشلة كثيرة", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(4, await app.WithDb(db => db.AuditEntries.CountAsync(e => e.Action == "account.sign-in-failed" && e.EntityId == email)));
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.Action == "account.locked-out" && e.EntityId == email)));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Forgotten_password_link_sets_a_new_password(string provider)
    {
        var app = Databases.App(provider);
        var email = await People.NewConfirmedPerson(app);
        var browser = Browser.Open(app);
        await browser.Submit("/account/forgot-password", new() { ["Email"] = email });
        var message = await app.WithDb(db => db.OutboxMessages.SingleAsync(m => m.To == email));
        var link = new Uri(LinkPattern().Match(message.Body).Value);
        var reset = await browser.Submit(link.PathAndQuery, new()
        {
            ["Input.Email"] = email,
            ["Input.Code"] = System.Web.HttpUtility.ParseQueryString(link.Query)["code"]!,
            ["Input.Password"] = "a brand new passphrase",
            ["Input.ConfirmPassword"] = "a brand new passphrase",
        });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        var signIn = await browser.Submit("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = "a brand new passphrase" });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
