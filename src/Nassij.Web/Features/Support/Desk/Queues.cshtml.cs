using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Support.Cases;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Geography;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Support.Desk;

public sealed class QueueForm
{
    [Required(ErrorMessage = "This field is required.")]
    [StringLength(150, ErrorMessage = "This is too long.")]
    [Display(Name = "Name in Arabic")]
    public string? NameAr { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(150, ErrorMessage = "This is too long.")]
    [Display(Name = "Name in French")]
    public string? NameFr { get; set; }

    [Display(Name = "Topic")]
    public CaseTopic? Topic { get; set; }

    [Display(Name = "Region")]
    public string? RegionCode { get; set; }

    [Display(Name = "Give new cases to the advisers in turn")]
    public bool AutoAssign { get; set; } = true;

    public List<Guid> Advisers { get; set; } = [];
}

/// <summary>/support/desk/queues: supervisors set which cases go where and who answers them.</summary>
[Authorize(Policy = Policies.SupportSupervision)]
public sealed class QueuesModel(NassijDb db, CaseWork work, Geography places, Audit audit, IStringLocalizer<SupportText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public QueueForm Input { get; set; } = new();

    public IReadOnlyList<CaseQueue> Queues { get; private set; } = [];
    public IReadOnlyList<Adviser> Advisers { get; private set; } = [];
    public Geography Places => places;
    public bool Arabic => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (Id is { } id)
        {
            var queue = await db.CaseQueues.AsNoTracking().Include(q => q.Advisers).FirstOrDefaultAsync(q => q.Id == id, cancel);
            if (queue is null)
            {
                return NotFound();
            }

            Input = new QueueForm { NameAr = queue.NameAr, NameFr = queue.NameFr, Topic = queue.Topic, RegionCode = queue.RegionCode, AutoAssign = queue.AutoAssign, Advisers = [.. queue.Advisers.Select(a => a.PersonId)] };
        }

        await Load(cancel);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        var queue = Id is { } id ? await db.CaseQueues.Include(q => q.Advisers).FirstOrDefaultAsync(q => q.Id == id, cancel) : new CaseQueue { NameAr = "", NameFr = "" };
        if (queue is null)
        {
            return NotFound();
        }

        await Load(cancel);
        if (Input.RegionCode is { Length: > 0 } region && places.Region(region) is null)
        {
            ModelState.AddModelError("Input.RegionCode", text["Choose a region from the list."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        (queue.NameAr, queue.NameFr, queue.Topic, queue.RegionCode, queue.AutoAssign) = (Input.NameAr!.Trim(), Input.NameFr!.Trim(), Input.Topic, string.IsNullOrEmpty(Input.RegionCode) ? null : Input.RegionCode, Input.AutoAssign);
        var chosen = Input.Advisers.Where(a => Advisers.Any(x => x.Id == a)).ToHashSet();
        queue.Advisers.RemoveAll(a => !chosen.Contains(a.PersonId));
        queue.Advisers.AddRange(chosen.Where(a => queue.Advisers.All(x => x.PersonId != a)).Select(a => new QueueAdviser { PersonId = a }));
        if (queue.Id == 0)
        {
            db.CaseQueues.Add(queue);
        }

        await db.SaveChangesAsync(cancel);
        audit.Record(Id is null ? "queue.added" : "queue.edited", nameof(CaseQueue), queue.Id, after: new { queue.Topic, queue.RegionCode, queue.AutoAssign, Advisers = chosen.Count });
        await db.SaveChangesAsync(cancel);
        TempData["Notice"] = text["The queue is saved."].Value;
        return Redirect("/support/desk/queues");
    }

    private async Task Load(CancellationToken cancel)
    {
        Queues = await db.CaseQueues.AsNoTracking().Include(q => q.Advisers).OrderBy(q => q.Id).Take(200).ToListAsync(cancel);
        Advisers = await work.Advisers(cancel);
    }
}
