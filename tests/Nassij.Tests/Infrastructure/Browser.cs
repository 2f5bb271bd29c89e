using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Nassij.Tests.Infrastructure;

/// <summary>An HTTP client that behaves like a browser without JavaScript: cookies, forms with
/// their antiforgery token, redirects followed by hand so tests can see them.</summary>
public sealed partial class Browser
{
    private Browser(HttpClient client) => Client = client;

    public HttpClient Client { get; }

    public static Browser Open(NassijFactory app, string language = "ar")
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return new Browser(client);
    }

    public static async Task<Browser> SignedIn(NassijFactory app, string email, string language = "ar")
    {
        var browser = Open(app, language);
        var response = await browser.Submit("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = Web.Features.Demo.DemoData.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    public Task<HttpResponseMessage> Get(string url) => Client.GetAsync(url);

    public async Task<string> Html(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Gets the page at formUrl for its antiforgery token, then posts the fields to postUrl (default: the same page).</summary>
    public async Task<HttpResponseMessage> Submit(string formUrl, Dictionary<string, string> fields, string? postUrl = null, Dictionary<string, (byte[] Content, string FileName)>? files = null)
    {
        var page = await Html(formUrl);
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"no antiforgery token on {formUrl}");
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        HttpContent content;
        if (files is null)
        {
            content = new FormUrlEncodedContent(values);
        }
        else
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (key, value) in values)
            {
                multipart.Add(new StringContent(value), key);
            }

            foreach (var (key, file) in files)
            {
                multipart.Add(new ByteArrayContent(file.Content), key, file.FileName);
            }

            content = multipart;
        }

        return await Client.PostAsync(postUrl ?? formUrl, content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
