using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Features.Funding.Calls;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Mail;

namespace Nassij.Web.Features.Funding.Selection;

/// <summary>Tells every applicant's officers, each in their own language, what the committee decided and why.</summary>
public sealed class ResultNotices(NassijDb db, Mailer mailer, IStringLocalizer<FundingText> text)
{
    public async Task Tell(Call call, CancellationToken cancel)
    {
        var lastId = 0;
        while (true)
        {
            // Keyset pages keep memory flat for a call with tens of thousands of applications.
            var applications = await db.Applications.AsNoTracking()
                .Where(a => a.CallId == call.Id && a.Id > lastId && a.State != ApplicationState.Draft && a.State != ApplicationState.Withdrawn)
                .OrderBy(a => a.Id).Take(500)
                .Select(a => new { a.Id, a.AssociationId, a.Reference, a.State, a.GrantedAmount, a.AverageScore, a.ScreeningReason })
                .ToListAsync(cancel);
            if (applications.Count == 0)
            {
                return;
            }

            lastId = applications[^1].Id;
            var associations = applications.Select(a => a.AssociationId).Distinct().ToList();
            var officers = await Recipients.OfficersOf(db, associations, cancel);
            foreach (var application in applications)
            {
                var (subject, body) = application.State switch
                {
                    ApplicationState.Selected => ("Your project is selected", "Hello {0},\n\nThe committee selected application {1} to the call {2} with a grant of {3:N2} MAD. The ministry will send you the agreement to sign."),
                    ApplicationState.Waitlisted => ("Your project is on the waiting list", "Hello {0},\n\nApplication {1} to the call {2} is on the waiting list (average score {4:0.##}). You will be told if funds become available."),
                    ApplicationState.Ineligible => ("Your application was not eligible", "Hello {0},\n\nApplication {1} to the call {2} was not eligible.\nReason: {5}"),
                    _ => ("Your project was not selected", "Hello {0},\n\nApplication {1} to the call {2} was not selected (average score {4:0.##}). Its scores and the evaluators' reasons are on its page in Nassij."),
                };
                foreach (var officer in officers.Where(o => o.AssociationId == application.AssociationId))
                {
                    mailer.Queue(officer.Email, officer.Language, text, subject, body,
                        officer.DisplayName, application.Reference ?? "", officer.Language == "ar" ? call.TitleAr : call.TitleFr,
                        application.GrantedAmount ?? 0, application.AverageScore ?? 0, application.ScreeningReason ?? "");
                }
            }

            await db.SaveChangesAsync(cancel);
        }
    }
}
