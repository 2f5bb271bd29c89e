using System.Net;
using System.Text.RegularExpressions;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Features.Demo;

namespace Nassij.Tests.Accounts;

/// <summary>In production a ministry role works only after signing in with a second factor.</summary>
public sealed partial class StaffTwoFactorTests : IClassFixture<StaffTwoFactorTests.RequiredApp>
{
    private readonly NassijFactory app;

    public StaffTwoFactorTests(RequiredApp fixture) => app = fixture.App;

    [Fact]
    public async Task Staff_without_two_factor_are_sent_to_set_it_up_and_their_role_waits_for_it()
    {
        var browser = Browser.Open(app);
        var signIn = await browser.Submit("/account/sign-in", new() { ["Input.Email"] = $"calls@{DemoData.Domain}", ["Input.Password"] = DemoData.Password });
        Assert.Equal("/account/two-factor", signIn.Headers.Location!.OriginalString, ignoreCase: true);
        Assert.DoesNotContain("وضع العرض التجريبي", await Browser.Open(app).Html("/account/sign-in"), StringComparison.Ordinal);

        var admin = await Browser.SignedIn(app, $"admin@{DemoData.Domain}");
        Assert.StartsWith("/account/denied", (await admin.Get("/admin")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var key = KeyPattern().Match(await admin.Html("/account/two-factor")).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        await admin.Submit("/account/two-factor", new() { ["Code"] = Totp.Code(key) }, postUrl: "/account/two-factor?handler=Enable");
        Assert.Equal(HttpStatusCode.OK, (await admin.Get("/admin")).StatusCode);
    }

    [GeneratedRegex("data-testid=\"authenticator-key\">([a-z0-9 ]+)<")]
    private static partial Regex KeyPattern();

    public sealed class RequiredApp : IDisposable
    {
        public NassijFactory App { get; } = new(Databases.Sqlite, new Dictionary<string, string> { ["Security:RequireTwoFactorForStaff"] = "true" });

        public void Dispose() => App.Dispose();
    }
}
