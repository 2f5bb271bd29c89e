using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Nassij.Web.Platform.Security;

/// <summary>Pages and JSON are compressed for visitors who are not signed in (a 19 KB directory page travels as 3 KB
/// to a phone on a slow line): the public pages carry no secret but antiforgery tokens, which are encrypted anew with a
/// fresh IV for every response. A signed-in person's pages are not compressed: they show secrets (reset links in the
/// outbox, bank account numbers, members' ID numbers, check-in codes) beside text anyone can put in the URL (the
/// language links repeat the query string), which is what a BREACH attack measures by the compressed size. The account
/// pages are never compressed (reset codes, authenticator keys). Assets are not compressed here: MapStaticAssets serves
/// the build's own Brotli and gzip files.</summary>
public static class PageCompression
{
    public static IServiceCollection AddPageCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = ["text/html", "application/json", "application/problem+json"];
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        // The fastest levels: on two cores shared with the database, CPU is worth more than the last few hundred bytes.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    public static IApplicationBuilder UsePageCompression(this IApplicationBuilder app) =>
        app.UseWhen(context => MayCompress(context.Request.Path, signedIn: context.Request.Cookies.ContainsKey(Features.Accounts.Accounts.CookieName)),
            branch => branch.UseResponseCompression());

    public static bool MayCompress(PathString path, bool signedIn) =>
        !signedIn && !path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase);
}
