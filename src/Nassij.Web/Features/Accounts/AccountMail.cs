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

    public void AssociationInvitation(Person person, string associationName, string role, string link) =>
        mailer.Queue(person.Email!, person.Language, text, "You are invited to act for an association on Nassij",
            "Hello {0},\n\nYou now act for {1} on Nassij as {2}. To choose your password, open this link:\n{3}",
            person.DisplayName, associationName, new TextKey(role), link);

    public void AssociationRoleGranted(Person person, string associationName, string role) =>
        mailer.Queue(person.Email!, person.Language, text, "You act for an association on Nassij",
            "Hello {0},\n\nYou now act for {1} on Nassij as {2}. Sign in to find it under \"My associations\".",
            person.DisplayName, associationName, new TextKey(role));

    private void Send(Person person, string subject, string body, string link) =>
        mailer.Queue(person.Email!, person.Language, text, subject, body, person.DisplayName, link);
}
