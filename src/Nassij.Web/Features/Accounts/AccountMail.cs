using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Mail;

namespace Nassij.Web.Features.Accounts;

/// <summary>The e-mails the accounts module sends, in the person's own language.</summary>
public sealed class AccountMail(Mailer mailer, IStringLocalizer<AccountsText> text)
{
    public void ConfirmEmail(Person person, string link) =>
        Send(person, "Confirm your e-mail address", "Hello {0},\n\nTo finish creating your Nassij account, open this link:\n{1}\n\nIf you did not ask for an account, ignore this message.", link);

    public void ResetPassword(Person person, string link) =>
        Send(person, "Choose a new password", "Hello {0},\n\nTo choose a new password for your Nassij account, open this link:\n{1}\n\nIf you did not ask for this, ignore this message: your password stays the same.", link);

    public void StaffInvitation(Person person, string link) =>
        Send(person, "You are invited to Nassij", "Hello {0},\n\nAn administrator gave you access to Nassij. To choose your password, open this link:\n{1}", link);

    private void Send(Person person, string subject, string body, string link) =>
        mailer.Queue(person.Email!, person.Language, text, subject, body, person.DisplayName, link);
}
