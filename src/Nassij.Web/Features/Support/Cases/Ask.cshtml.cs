using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Shared;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Geography;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Support.Cases;

public sealed record AssociationChoice(int Id, string Name);

/// <summary>/support: anyone asks the centre a question; signed-in people also see their questions.</summary>
public sealed class AskModel(NassijDb db, CaseIntake intake, CaseUploads uploads, Geography places, IStringLocalizer<SharedText> shared, IStringLocalizer<SupportText> text) : PageModel
{
    [BindProperty]
    public QuestionForm Input { get; set; } = new();

    public Geography Places => places;
    public IReadOnlyList<AssociationChoice> Associations { get; private set; } = [];
    public bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task OnGetAsync(string? topic, CancellationToken cancel)
    {
        if (Enum.TryParse<CaseTopic>(topic, out var chosen))
        {
            Input.Topic = chosen;
        }

        await LoadRequester(cancel, prefill: true);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        await LoadRequester(cancel, prefill: false);
        if (string.IsNullOrWhiteSpace(Input.Email) && string.IsNullOrWhiteSpace(Input.Phone))
        {
            ModelState.AddModelError("Input.Email", text["Give an e-mail address or a phone number so that we can answer you."]);
        }

        if (Input.RegionCode is not null && places.Region(Input.RegionCode) is null)
        {
            ModelState.AddModelError("Input.RegionCode", shared["This field is required."]);
        }

        if (Input.AssociationId is { } chosen && Associations.All(a => a.Id != chosen))
        {
            Input.AssociationId = null;
        }

        var files = await uploads.Receive(Request, ModelState, cancel);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (c, key) = await intake.Open(new CaseRequest(CaseChannel.Web, Input.Topic!.Value, Input.RegionCode!, Input.Subject!, Input.Description!, Input.Name!, Input.Email, Input.Phone, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)
        {
            RequesterId = User.PersonId(),
            AssociationId = Input.AssociationId,
            Files = files,
        }, cancel);
        TempData["Notice"] = string.Format(CultureInfo.CurrentCulture, text["Your question is registered under the reference {0}. Keep the link of this page: it lets you follow the answer."], c.Reference);
        return Redirect($"/support/cases/{c.Reference}?key={Uri.EscapeDataString(key)}");
    }

    private async Task LoadRequester(CancellationToken cancel, bool prefill)
    {
        if (User.PersonId() is not { } me)
        {
            return;
        }

        Associations = await db.RoleGrants.AsNoTracking()
            .Where(g => g.PersonId == me && g.AssociationId != null && Roles.Officers.Contains(g.Role))
            .Select(g => new AssociationChoice(g.AssociationId!.Value, Arabic ? g.Association!.NameAr : g.Association!.NameFr))
            .Distinct()
            .ToListAsync(cancel);
        if (!prefill)
        {
            return;
        }

        var person = await db.Users.AsNoTracking().Where(u => u.Id == me).Select(u => new { u.DisplayName, u.Email, u.PhoneNumber }).SingleAsync(cancel);
        Input.Name = person.DisplayName;
        Input.Email = person.Email;
        Input.Phone = person.PhoneNumber;
        if (Associations.Count > 0)
        {
            Input.AssociationId = Associations[0].Id;
            Input.RegionCode = await db.Associations.Where(a => a.Id == Associations[0].Id).Select(a => a.RegionCode).SingleAsync(cancel);
        }
    }
}
