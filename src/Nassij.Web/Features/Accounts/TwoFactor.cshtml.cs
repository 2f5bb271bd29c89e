using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;
using QRCoder;

namespace Nassij.Web.Features.Accounts;

[Authorize]
public sealed class TwoFactorModel(UserManager<Person> users, SignInManager<Person> signIn, NassijDb db, Audit audit, IStringLocalizer<AccountsText> text, IOptions<SecurityOptions> security)
    : PageModel
{
    public bool Enabled { get; private set; }
    public bool MustKeep { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public string SharedKey { get; private set; } = string.Empty;
    public string QrCodeDataUri { get; private set; } = string.Empty;
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    [BindProperty]
    public string Code { get; set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync()
    {
        var person = await users.GetUserAsync(User);
        return person is null ? Challenge() : await Show(person);
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var person = await users.GetUserAsync(User);
        if (person is null)
        {
            return Challenge();
        }

        var code = Code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(person, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), text["This code is not right. Check the time on your phone and try again."]);
            return await Show(person);
        }

        await users.SetTwoFactorEnabledAsync(person, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(person, 10) ?? []];
        audit.Record("account.two-factor-enabled", "Person", person.Id);
        await db.SaveChangesAsync();
        // The code just proved the second factor: the session now counts as two-factor.
        await signIn.SignInWithClaimsAsync(person, isPersistent: false, [new Claim("amr", "mfa")]);
        return await Show(person);
    }

    public async Task<IActionResult> OnPostNewCodesAsync()
    {
        var person = await users.GetUserAsync(User);
        if (person is null)
        {
            return Challenge();
        }

        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(person, 10) ?? []];
        audit.Record("account.recovery-codes-renewed", "Person", person.Id);
        await db.SaveChangesAsync();
        return await Show(person);
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var person = await users.GetUserAsync(User);
        if (person is null)
        {
            return Challenge();
        }

        if (!await MustKeepTwoFactor(person))
        {
            await users.SetTwoFactorEnabledAsync(person, false);
            await users.ResetAuthenticatorKeyAsync(person);
            audit.Record("account.two-factor-disabled", "Person", person.Id);
            await db.SaveChangesAsync();
            await signIn.RefreshSignInAsync(person);
        }

        return RedirectToPage();
    }

    private async Task<IActionResult> Show(Person person)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(person);
        MustKeep = await MustKeepTwoFactor(person);
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(person);
            return Page();
        }

        var key = await users.GetAuthenticatorKeyAsync(person);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(person);
            key = await users.GetAuthenticatorKeyAsync(person) ?? string.Empty;
        }

        SharedKey = Group(key);
        var uri = $"otpauth://totp/Nassij:{Uri.EscapeDataString(person.Email ?? string.Empty)}?secret={key}&issuer=Nassij&digits=6";
        using var qr = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(qr).GetGraphic(4));
        return Page();
    }

    private async Task<bool> MustKeepTwoFactor(Person person) =>
        security.Value.RequireTwoFactorForStaff && await db.RoleGrants.AnyAsync(g => g.PersonId == person.Id && g.AssociationId == null);

    private static string Group(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return grouped.ToString().TrimEnd().ToLowerInvariant();
    }
}
