namespace Nassij.Web.Platform.Mail;

/// <summary>Absolute links for e-mails. The configured public address wins over the request's
/// Host header, which a client controls; background work has no request at all.</summary>
public sealed class SiteLinks(IHttpContextAccessor http, IConfiguration configuration)
{
    public string Absolute(string path)
    {
        var configured = configuration["Site:PublicUrl"];
        var request = http.HttpContext?.Request;
        var root = !string.IsNullOrWhiteSpace(configured) ? configured
            : request is not null ? $"{request.Scheme}://{request.Host}"
            : "http://localhost:5080";
        return root.TrimEnd('/') + path;
    }
}
