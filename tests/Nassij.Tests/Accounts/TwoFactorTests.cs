using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Nassij.Tests.Infrastructure;

namespace Nassij.Tests.Accounts;

public sealed partial class TwoFactorTests
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Enabling_an_authenticator_gives_recovery_codes_and_sign_in_then_asks_for_a_code(string provider)
    {
        var app = Databases.App(provider);
        var email = await People.NewConfirmedPerson(app);
        var browser = await Browser.SignedIn(app, email);
        var page = await browser.Html("/account/two-factor");
        var key = KeyPattern().Match(page).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);

        var wrong = await browser.Submit("/account/two-factor", new() { ["Code"] = "000000" }, postUrl: "/account/two-factor?handler=Enable");
        Assert.Contains("هذا الرمز غير صحيح", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var enabled = await browser.Submit("/account/two-factor", new() { ["Code"] = Totp.Code(key) }, postUrl: "/account/two-factor?handler=Enable");
        var html = await enabled.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"recovery-codes\"", html, StringComparison.Ordinal);

        var again = Browser.Open(app);
        var step1 = await again.Submit("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = Web.Features.Demo.DemoData.Password });
        Assert.StartsWith("/account/sign-in/two-factor", step1.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        var step2 = await again.Submit(step1.Headers.Location!.OriginalString, new() { ["Input.Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, step2.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.Get("/account")).StatusCode);
    }

    [GeneratedRegex("data-testid=\"authenticator-key\">([a-z0-9 ]+)<")]
    private static partial Regex KeyPattern();
}

/// <summary>RFC 6238 codes, as an authenticator app computes them.</summary>
public static class Totp
{
    public static string Code(string base32Key, DateTimeOffset? at = null)
    {
        // The phone's app and Identity's check both read the real clock, whatever the platform's test clock says.
        var counter = (long)((at ?? TimeProvider.System.GetUtcNow()).ToUnixTimeSeconds() / 30);
        var message = BitConverter.GetBytes(System.Net.IPAddress.HostToNetworkOrder(counter));
        var hash = HMACSHA1.HashData(Base32(base32Key), message);
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string key)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(key.ToUpperInvariant().TrimEnd('=').Select(c => Convert.ToString(alphabet.IndexOf(c, StringComparison.Ordinal), 2).PadLeft(5, '0')));
        return Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
    }
}
