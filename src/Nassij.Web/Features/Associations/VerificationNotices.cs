using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Mail;

namespace Nassij.Web.Features.Associations;

/// <summary>Tells an association's officers, each in their own language, what staff decided on its file.</summary>
public sealed class VerificationNotices(NassijDb db, Mailer mailer, IStringLocalizer<AssociationsText> text)
{
    public async Task Tell(Association association, CancellationToken cancel)
    {
        var officers = await Recipients.OfficersOf(db, [association.Id], cancel);
        var (subject, body) = association.Status switch
        {
            VerificationStatus.Verified => ("Your association is verified", "Hello {0},\n\nThe ministry verified the file of {1}. It now appears in the public directory."),
            VerificationStatus.Rejected => ("Your association's file was rejected", "Hello {0},\n\nThe ministry rejected the file of {1}.\nReason: {2}"),
            _ => ("Changes are needed in your association's file", "Hello {0},\n\nThe ministry asks you to change the file of {1}:\n{2}\n\nSign in to Nassij and edit the file; it will then be checked again."),
        };
        foreach (var officer in officers)
        {
            var name = officer.Language == "ar" ? association.NameAr : association.NameFr;
            mailer.Queue(officer.Email, officer.Language, text, subject, body, officer.DisplayName, name, association.StatusReason ?? string.Empty);
        }
    }
}
