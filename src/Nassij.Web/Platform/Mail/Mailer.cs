using System.Globalization;
using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;

namespace Nassij.Web.Platform.Mail;

/// <summary>An argument of a message that is itself text to translate into the recipient's language.</summary>
public sealed record TextKey(string Key);

/// <summary>Queues e-mail in the outbox; the caller's SaveChanges commits it with the change.</summary>
public sealed class Mailer(NassijDb db, TimeProvider clock)
{
    /// <summary>Queues a message written in the recipient's language ("ar", "fr", "en"), whatever the sender's.</summary>
    public OutboxMessage Queue(string to, string language, IStringLocalizer text, string subject, string body, params object[] args)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var culture = Cultures.ForLanguage(language) ?? Cultures.Arabic;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            object[] values = [.. args.Select(a => a is TextKey key ? text[key.Key].Value : a)];
            var message = new OutboxMessage
            {
                To = to,
                Subject = string.Format(culture, text[subject], values),
                Body = string.Format(culture, text[body], values),
                CreatedAt = clock.GetUtcNow(),
            };
            db.OutboxMessages.Add(message);
            return message;
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
