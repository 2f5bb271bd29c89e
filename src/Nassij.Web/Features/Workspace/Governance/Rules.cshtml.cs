using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Governance;

public sealed class RulesForm
{
    public BodyKind Body { get; set; }

    [Range(1, 100, ErrorMessage = "Enter a share between 1 and 100 %.")]
    public int OrdinaryQuorumPercent { get; set; }

    [Range(1, 100, ErrorMessage = "Enter a share between 1 and 100 %.")]
    public int ExtraordinaryQuorumPercent { get; set; }

    [Range(0, 90, ErrorMessage = "Enter a number of days between 0 and 90.")]
    public int SecondCallAfterDays { get; set; }

    [Range(50, 100, ErrorMessage = "Enter a share between 50 and 100 %.")]
    public int OrdinaryMajorityPercent { get; set; }

    [Range(50, 100, ErrorMessage = "Enter a share between 50 and 100 %.")]
    public int ExtraordinaryMajorityPercent { get; set; }

    public bool AbstentionsCount { get; set; }

    [Range(0, 90, ErrorMessage = "Enter a number of days between 0 and 90.")]
    public int NoticeDays { get; set; }

    [Range(1, 10, ErrorMessage = "Enter a number of years between 1 and 10.")]
    public int TermYears { get; set; }

    [Range(0, 10, ErrorMessage = "Enter a number between 0 and 10.")]
    public int MaxProxiesPerMember { get; set; }
}

/// <summary>The statutes' rules for the general assembly and the board, as the association's statutes state them.</summary>
[Authorize]
public sealed class RulesModel(NassijDb db, AssociationAccess access, Audit audit, IStringLocalizer<WorkspaceText> text) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [BindProperty]
    public List<RulesForm> Bodies { get; set; } = [];

    public WorkspaceContext Workspace { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, User, Id, cancel) is not { IsOfficer: true } workspace)
        {
            return NotFound();
        }

        Workspace = workspace;
        foreach (var body in Enum.GetValues<BodyKind>())
        {
            var r = await Convocations.RulesOf(db, Id, body, cancel);
            Bodies.Add(new RulesForm
            {
                Body = body,
                OrdinaryQuorumPercent = r.OrdinaryQuorumPercent,
                ExtraordinaryQuorumPercent = r.ExtraordinaryQuorumPercent,
                SecondCallAfterDays = r.SecondCallAfterDays,
                OrdinaryMajorityPercent = r.OrdinaryMajorityPercent,
                ExtraordinaryMajorityPercent = r.ExtraordinaryMajorityPercent,
                AbstentionsCount = r.AbstentionsCount,
                NoticeDays = r.NoticeDays,
                TermYears = r.TermYears,
                MaxProxiesPerMember = r.MaxProxiesPerMember,
            });
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, User, Id, cancel) is not { IsOfficer: true } workspace)
        {
            return NotFound();
        }

        Workspace = workspace;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        foreach (var form in Bodies.Where(b => Enum.IsDefined(b.Body)).DistinctBy(b => b.Body))
        {
            var rules = await db.BodyRules.SingleOrDefaultAsync(r => r.AssociationId == Id && r.Body == form.Body, cancel);
            if (rules is null)
            {
                rules = new BodyRules { AssociationId = Id, Body = form.Body };
                db.BodyRules.Add(rules);
            }

            (rules.OrdinaryQuorumPercent, rules.ExtraordinaryQuorumPercent, rules.SecondCallAfterDays) = (form.OrdinaryQuorumPercent, form.ExtraordinaryQuorumPercent, form.SecondCallAfterDays);
            (rules.OrdinaryMajorityPercent, rules.ExtraordinaryMajorityPercent, rules.AbstentionsCount) = (form.OrdinaryMajorityPercent, form.ExtraordinaryMajorityPercent, form.AbstentionsCount);
            (rules.NoticeDays, rules.TermYears, rules.MaxProxiesPerMember) = (form.NoticeDays, form.TermYears, form.MaxProxiesPerMember);
            audit.Record("statutes.rules.set", nameof(BodyRules), $"{Id}/{form.Body}", after: form);
        }

        await db.SaveChangesAsync(cancel);
        TempData["Notice"] = text["The statutes' rules are saved."].Value;
        return Redirect($"/workspace/{Id}/meetings");
    }

    public static string Percent(int value) => value.ToString(CultureInfo.InvariantCulture);
}
