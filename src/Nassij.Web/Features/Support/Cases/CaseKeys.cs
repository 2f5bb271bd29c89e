using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Nassij.Web.Platform.Localization;

namespace Nassij.Web.Features.Support.Cases;

/// <summary>The reference a requester quotes, and the secret in the link that lets them follow their
/// case without an account. The secret is the reference protected with the site's keys, so every
/// e-mail can carry the link and nothing secret is stored beside the case.</summary>
public sealed class CaseKeys(IDataProtectionProvider protection)
{
    private readonly IDataProtector protector = protection.CreateProtector("Nassij.Support.CaseLink");

    public string Key(Case c) => protector.Protect(c.Reference);

    /// <summary>Makes sure the site's key ring exists before a transaction starts: creating a key writes
    /// to the database from another connection, which SQLite would block behind the open transaction.</summary>
    public void Prepare() => protector.Protect("ready");

    /// <summary>Unique until the case has its id, so two cases saved at once never collide on the reference index.</summary>
    public static string Placeholder() => "~" + Guid.NewGuid().ToString("N")[..19];

    public bool Matches(Case c, string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return false;
        }

        try
        {
            return protector.Unprotect(key) == c.Reference;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    public static string Reference(Case c) =>
        string.Create(CultureInfo.InvariantCulture, $"SC-{Formats.ToMorocco(c.CreatedAt).Year}-{c.Id:D6}");

    public static string SearchKey(Case c, string? associationName) =>
        TextFolding.Fold(string.Join(' ', c.Reference, c.Subject, c.RequesterName, c.RequesterEmail, c.RequesterPhone, associationName));
}
