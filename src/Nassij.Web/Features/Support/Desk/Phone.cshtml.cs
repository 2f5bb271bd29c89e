using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Shared;
using Nassij.Web.Features.Support.Cases;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Geography;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Support.Desk;

/// <summary>/support/desk/phone: an adviser logs a call in a few seconds. Typing the number first
/// fills in what the centre already knows about the caller.</summary>
[Authorize(Policy = Policies.SupportDesk)]
public sealed class PhoneModel(NassijDb db, CaseIntake intake, CaseWork work, Geography places, IStringLocalizer<SharedText> shared, IStringLocalizer<SupportText> text) : PageModel
{
    [BindProperty]
    public PhoneCall Input { get; set; } = new();

    public Geography Places => places;
    public bool Known { get; private set; }
    public bool Arabic => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task OnGetAsync(CancellationToken cancel)
    {
        ModelState.Clear();
        Input.Phone = Request.Query["Input.Phone"].FirstOrDefault()?.Trim();
        if (!string.IsNullOrEmpty(Input.Phone))
        {
            await FindCaller(Input.Phone, cancel);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        if (Input.RegionCode is not null && places.Region(Input.RegionCode) is null)
        {
            ModelState.AddModelError("Input.RegionCode", shared["This field is required."]);
        }

        if (Input.AssociationId is { } id && !await db.Associations.AnyAsync(a => a.Id == id, cancel))
        {
            ModelState.AddModelError("Input.AssociationId", text["No association has this number."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var me = User.PersonId()!.Value;
        var (c, _) = await intake.Open(new CaseRequest(CaseChannel.Phone, Input.Topic!.Value, Input.RegionCode!, Input.Subject!, Input.Question!, Input.Name!, Input.Email, Input.Phone, Input.Language is "fr" or "en" ? Input.Language : "ar")
        {
            AssociationId = Input.AssociationId,
            Priority = Input.Priority,
            AssigneeId = me,
        }, cancel);
        if (!string.IsNullOrWhiteSpace(Input.Answer))
        {
            var adviser = new Adviser(me, await db.Users.Where(u => u.Id == me).Select(u => u.DisplayName).SingleAsync(cancel));
            await work.Write(c, adviser, Input.Answer, internalNote: false, CaseStatus.Resolved, [], cancel);
            await db.SaveChangesAsync(cancel);
        }

        TempData["Notice"] = string.Format(System.Globalization.CultureInfo.CurrentCulture, text["Call logged as {0}."], c.Reference);
        return Redirect($"/support/desk/cases/{c.Id}");
    }

    private async Task FindCaller(string phone, CancellationToken cancel)
    {
        var last = await db.Cases.AsNoTracking().Where(c => c.RequesterPhone == phone).OrderByDescending(c => c.CreatedAt)
            .Select(c => new { c.RequesterName, c.RequesterEmail, c.AssociationId, c.RegionCode, c.Language }).FirstOrDefaultAsync(cancel);
        if (last is not null)
        {
            (Input.Name, Input.Email, Input.AssociationId, Input.RegionCode, Input.Language) = (last.RequesterName, last.RequesterEmail, last.AssociationId, last.RegionCode, last.Language);
            Known = true;
            return;
        }

        var association = await db.Associations.AsNoTracking().Where(a => a.Phone == phone).Select(a => new { a.Id, a.RegionCode }).FirstOrDefaultAsync(cancel);
        if (association is not null)
        {
            (Input.AssociationId, Input.RegionCode) = (association.Id, association.RegionCode);
            Known = true;
        }
    }
}
