namespace Nassij.Web.Platform.Security;

/// <summary>Headers that keep pages from being framed, sniffed or fed scripts from elsewhere.
/// Pages ship no script; the API reference (Scalar) runs its own, so it gets a looser policy.</summary>
public static class SecurityHeaders
{
    private const string Strict = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private const string ApiReference = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; font-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api/reference", StringComparison.OrdinalIgnoreCase) ? ApiReference : Strict;
            await next();
        });
}
