using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Mail;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Funding.Agreements;

/// <summary>Tells an association's officers, each in their own language, where their agreement stands.</summary>
public sealed class AgreementNotices(NassijDb db, Mailer mailer, IStringLocalizer<FundingText> text)
{
    public async Task Tell(Agreement agreement, string subject, string body, params object[] more)
    {
        var officers = await db.RoleGrants.AsNoTracking()
            .Where(g => g.AssociationId == agreement.AssociationId && Roles.Officers.Contains(g.Role) && g.Person!.Email != null)
            .Select(g => new { g.Person!.Email, g.Person.DisplayName, g.Person.Language })
            .Distinct().ToListAsync();
        foreach (var officer in officers)
        {
            mailer.Queue(officer.Email!, officer.Language, text, subject, body, [officer.DisplayName, agreement.Number, agreement.Amount, .. more]);
        }
    }
}
