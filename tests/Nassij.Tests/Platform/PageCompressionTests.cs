using System.IO.Compression;
using System.Net;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Platform.Security;

namespace Nassij.Tests.Platform;

public sealed class PageCompressionTests
{
    [Theory]
    [InlineData("/associations", false, true)]
    [InlineData("/api/associations", false, true)]
    [InlineData("/associations", true, false)]
    [InlineData("/admin/outbox", true, false)]
    [InlineData("/workspace/3/members", true, false)]
    [InlineData("/account/reset-password", false, false)]
    [InlineData("/Account/two-factor", true, false)]
    public void Only_a_visitor_who_is_not_signed_in_gets_compressed_pages(string path, bool signedIn, bool compressed) =>
        Assert.Equal(compressed, PageCompression.MayCompress(path, signedIn));

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_page_travels_compressed_and_reads_the_same(string provider)
    {
        var app = Databases.App(provider);
        using var client = app.CreateClient();
        var plain = await client.GetStringAsync("/associations");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/associations");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
        using var response = await client.SendAsync(request);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        await using var brotli = new BrotliStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        var text = await new StreamReader(brotli).ReadToEndAsync();
        // The same page (the antiforgery token aside, which is new on every answer).
        Assert.Contains("<h1", text, StringComparison.Ordinal);
        Assert.Equal(plain.Length, text.Length, tolerance: 200);

        // Signed in, the same page goes out as it is: signed-in pages show secrets beside the URL's own text.
        var officer = await Browser.SignedIn(app, $"president1@{Nassij.Web.Features.Demo.DemoData.Domain}");
        using var mine = new HttpRequestMessage(HttpMethod.Get, "/associations");
        mine.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, br");
        using var plainForOfficer = await officer.Client.SendAsync(mine);
        Assert.Equal(HttpStatusCode.OK, plainForOfficer.StatusCode);
        Assert.Empty(plainForOfficer.Content.Headers.ContentEncoding);

        using var secret = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        secret.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, br");
        using var answer = await client.SendAsync(secret);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Empty(answer.Content.Headers.ContentEncoding);
    }
}
