using System.IO.Compression;
using System.Net;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Platform.Security;

namespace Nassij.Tests.Platform;

public sealed class PageCompressionTests
{
    [Theory]
    [InlineData("/associations", true)]
    [InlineData("/workspace/3/members", true)]
    [InlineData("/api/associations", true)]
    [InlineData("/account/two-factor", false)]
    [InlineData("/Account/recovery-codes", false)]
    [InlineData("/workspace/3/meetings/7/attendance", false)]
    [InlineData("/workspace/3/meetings/7/check-in", false)]
    [InlineData("/workspace/3/meetings/7/check-in/", false)]
    public void Pages_showing_a_secret_are_not_compressed(string path, bool compressed) =>
        Assert.Equal(compressed, PageCompression.MayCompress(path));

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

        using var secret = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        secret.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, br");
        using var answer = await client.SendAsync(secret);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Empty(answer.Content.Headers.ContentEncoding);
    }
}
