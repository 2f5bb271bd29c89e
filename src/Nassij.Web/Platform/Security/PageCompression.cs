using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Nassij.Web.Platform.Security;

/// <summary>Pages and JSON are compressed (a 19 KB list page travels as 3 KB to a phone on a slow line), except where
/// a page shows a secret next to text a visitor can put in the URL, which is what a BREACH attack measures: the
/// account pages (authenticator keys, recovery codes) and a meeting's attendance and check-in pages (its check-in
/// code). Antiforgery tokens need no exception: they are encrypted anew, with a fresh IV, for every response.
/// Assets are not compressed here: MapStaticAssets serves the build's own Brotli and gzip files.</summary>
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
        app.UseWhen(context => MayCompress(context.Request.Path), branch => branch.UseResponseCompression());

    public static bool MayCompress(PathString path) =>
        !path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase)
        && !(path.Value ?? string.Empty).TrimEnd('/').EndsWith("/attendance", StringComparison.OrdinalIgnoreCase)
        && !(path.Value ?? string.Empty).TrimEnd('/').EndsWith("/check-in", StringComparison.OrdinalIgnoreCase);
}
