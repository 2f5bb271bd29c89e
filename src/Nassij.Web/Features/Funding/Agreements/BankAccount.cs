using System.Numerics;

namespace Nassij.Web.Features.Funding.Agreements;

/// <summary>An association's bank account for grants: captured once by its officers, verified by a finance officer;
/// any change is audited and must be verified again before a payment order.</summary>
public sealed class BankAccount
{
    public int Id { get; set; }
    public int AssociationId { get; set; }
    public required string Rib { get; set; }
    public required string BankName { get; set; }
    public required string Holder { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public Guid? ChangedById { get; set; }
    public DateTimeOffset? VerifiedAt { get; set; }
    public Guid? VerifiedById { get; set; }

    public bool IsVerified => VerifiedAt is not null;
}

/// <summary>Moroccan RIB: 24 digits (bank 3, city 3, account 16, key 2); the whole number is a multiple of 97.</summary>
public static class Rib
{
    public static string Clean(string? text) => new([.. (text ?? string.Empty).Where(char.IsAsciiDigit)]);

    public static bool IsValid(string? text)
    {
        var digits = Clean(text);
        return digits.Length == 24 && (text ?? string.Empty).All(c => char.IsAsciiDigit(c) || c is ' ' or '-')
            && BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) % 97 == 0;
    }

    /// <summary>The key that completes 22 digits into a valid RIB (for demo data and tests).</summary>
    public static string WithKey(string first22)
    {
        var number = BigInteger.Parse(first22, System.Globalization.CultureInfo.InvariantCulture) * 100;
        var key = 97 - (int)(number % 97);
        return first22 + key.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Display(string rib) => rib.Length == 24 ? $"{rib[..3]} {rib[3..6]} {rib[6..22]} {rib[22..]}" : rib;
}
