using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Funding.Calls;

public sealed record EvaluatorChoice(Guid Id, string Name, string Email);

/// <summary>Writes a call ("new") or edits one. A published call is amended only with a reason, which is logged and shown.</summary>
[Authorize(Policy = Policies.CallManagement)]
public sealed class EditModel(NassijDb db, Audit audit, TimeProvider clock, IStringLocalizer<FundingText> text) : PageModel
{
    [FromRoute]
    public string CallId { get; set; } = "new";

    [BindProperty]
    public CallForm Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public CallState State { get; private set; } = CallState.Draft;
    public IReadOnlyList<EvaluatorChoice> Evaluators { get; private set; } = [];
    public bool IsNew => CallId == "new";

    public async Task<IActionResult> OnGetAsync()
    {
        if (IsNew)
        {
            var today = Formats.LocalInMorocco(clock.GetUtcNow()).Date;
            Input.OpensAt = today.AddDays(1).AddHours(9);
            Input.ClosesAt = today.AddDays(31).AddHours(16);
            Input.PadLines();
        }
        else
        {
            var call = await Load();
            if (call is null)
            {
                return NotFound();
            }

            Input = CallRules.ToForm(call);
            Version = call.Version;
            State = call.State;
        }

        await LoadEvaluators();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var call = IsNew ? new Call { TitleAr = "", TitleFr = "", CreatedAt = clock.GetUtcNow() } : await Load();
        if (call is null)
        {
            return NotFound();
        }

        State = call.State;
        if (State is not (CallState.Draft or CallState.Published))
        {
            ModelState.AddModelError(string.Empty, text["This call can no longer be changed."]);
        }

        var lotsInUse = IsNew ? new HashSet<int>() : await LotsWithApplications(call.Id);
        foreach (var breach in CallRules.Check(Input, State, lotsInUse))
        {
            ModelState.AddModelError($"Input.{breach.Field}", text[breach.Message]);
        }

        var allowed = await EvaluatorIds();
        Input.Evaluators.RemoveAll(id => !allowed.Contains(id));
        if (!ModelState.IsValid)
        {
            Input.PadLines();
            await LoadEvaluators();
            return Page();
        }

        var before = IsNew ? null : Snapshot(call);
        db.Entry(call).Property(c => c.Version).OriginalValue = Version;
        CallRules.Apply(Input, call);
        if (IsNew)
        {
            db.Calls.Add(call);
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, text["Someone else changed this call while you were editing. Your changes are still in the form: check them and save again."]);
            Input.PadLines();
            await LoadEvaluators();
            return Page();
        }

        var action = IsNew ? "call.created" : State == CallState.Published ? "call.amended" : "call.edited";
        audit.Record(action, nameof(Call), call.Id, before: before, after: new { Reason = Input.AmendmentReason?.Trim(), Call = Snapshot(call) });
        await db.SaveChangesAsync();
        TempData["Notice"] = text["The call is saved."].Value;
        return Redirect($"/staff/calls/{call.Id}");
    }

    private static object Snapshot(Call call) => new
    {
        call.TitleAr,
        call.TitleFr,
        call.OpensAt,
        call.ClosesAt,
        call.MinimumAgeMonths,
        call.AllowedRegions,
        Lots = call.Lots.Select(l => new { l.ThemeFr, l.Envelope, l.MinimumGrant, l.MaximumGrant }),
        Criteria = call.Criteria.Select(c => new { c.LabelFr, c.MaxPoints }),
    };

    private Task<Call?> Load() =>
        int.TryParse(CallId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? CallLoading.Full(db, id)
            : Task.FromResult<Call?>(null);

    private async Task<IReadOnlySet<int>> LotsWithApplications(int callId) =>
        (await db.Applications.Where(a => a.CallId == callId).Select(a => a.LotId).Distinct().ToListAsync()).ToHashSet();

    private async Task<HashSet<Guid>> EvaluatorIds() =>
        (await db.RoleGrants.Where(g => g.Role == Role.Evaluator && g.AssociationId == null).Select(g => g.PersonId).ToListAsync()).ToHashSet();

    private async Task LoadEvaluators() =>
        Evaluators = await db.RoleGrants.Where(g => g.Role == Role.Evaluator && g.AssociationId == null)
            .OrderBy(g => g.Person!.DisplayName)
            .Select(g => new EvaluatorChoice(g.PersonId, g.Person!.DisplayName, g.Person.Email ?? ""))
            .ToListAsync();
}
