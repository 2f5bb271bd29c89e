using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Mail;

namespace Nassij.Web.Features.Funding.Agreements;

/// <summary>Tells an association's officers, each in their own language, where their agreement stands.</summary>
public sealed class AgreementNotices(NassijDb db, Mailer mailer, IStringLocalizer<FundingText> text)
{
    public async Task Tell(Agreement agreement, string subject, string body, params object[] more)
    {
        foreach (var officer in await Recipients.OfficersOf(db, [agreement.AssociationId]))
        {
            mailer.Queue(officer.Email, officer.Language, text, subject, body, [officer.DisplayName, agreement.Number, agreement.Amount, .. more]);
        }
    }
}
