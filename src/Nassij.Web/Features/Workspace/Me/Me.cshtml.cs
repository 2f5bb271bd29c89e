using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Shared;
using Nassij.Web.Features.Workspace.Dues;
using Nassij.Web.Features.Workspace.Members;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Documents;
using Nassij.Web.Platform.Mail;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Me;

/// <summary>A member's own page: their record, dues and receipts; a copy of their data; a request to erase it (law 09-08).</summary>
[Authorize]
public sealed class MeModel(NassijDb db, AssociationAccess access, Audit audit, Mailer mailer, SiteLinks links, DocumentRenderer documents, TimeProvider clock,
    IStringLocalizer<WorkspaceText> text) : PageModel
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    [FromRoute]
    public int Id { get; set; }

    public WorkspaceContext Workspace { get; private set; } = null!;
    public Member? Member { get; private set; }
    public IReadOnlyList<MemberDues> Dues { get; private set; } = [];
    public IReadOnlyList<DuesPayment> Payments { get; private set; } = [];
    public ErasureRequest? Erasure { get; private set; }
    public IReadOnlyList<Documents.LibraryDocument> Shared { get; private set; } = [];
    public DateOnly Today => Platform.Localization.Formats.TodayInMorocco(clock);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel) =>
        await Load(cancel) ? Page() : NotFound();

    /// <summary>Everything the association keeps about the member, as a file they can keep (right of access).</summary>
    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancel)
    {
        if (!await Load(cancel) || Member is not { } member)
        {
            return NotFound();
        }

        var copy = new
        {
            association = Workspace.Name,
            member = new { member.NameAr, member.NameLatin, member.NationalId, member.Phone, member.Email, member.Address, Category = member.Category.ToString(), Status = member.Status.ToString(), member.JoinedOn, member.ConsentGivenOn, member.ConsentPurpose },
            dues = Dues.Select(d => new { d.Year, d.Owed, d.Paid, d.DueOn }),
            payments = Payments.Select(p => new { p.Receipt, p.Year, p.Amount, p.PaidOn, Method = p.Method.ToString(), p.Reference, cancelled = p.CancelledAt is not null }),
            erasureRequests = await db.ErasureRequests.AsNoTracking().Where(r => r.MemberId == member.Id).OrderBy(r => r.Id)
                .Select(r => new { r.RequestedAt, r.Reason, Decision = r.Decision.ToString(), r.DecidedAt, r.DecisionNote }).ToListAsync(cancel),
        };
        audit.Record("member.data.downloaded", nameof(Members.Member), member.Id.ToString(CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(cancel);
        return File(JsonSerializer.SerializeToUtf8Bytes(copy, Json), "application/json", $"my-data-{Id}.json");
    }

    public async Task<IActionResult> OnPostEraseAsync(string? reason, CancellationToken cancel)
    {
        if (!await Load(cancel) || Member is not { } member)
        {
            return NotFound();
        }

        if (Erasure is { Decision: ErasureDecision.Pending })
        {
            return Redirect($"/workspace/{Id}/me");
        }

        var request = new ErasureRequest
        {
            AssociationId = Id,
            MemberId = member.Id,
            RequestedById = User.PersonId()!.Value,
            RequestedAt = clock.GetUtcNow(),
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()[..Math.Min(500, reason.Trim().Length)],
        };
        db.ErasureRequests.Add(request);
        audit.Record("member.erasure.requested", nameof(Members.Member), member.Id.ToString(CultureInfo.InvariantCulture));
        foreach (var officer in await Recipients.OfficersOf(db, [Id], cancel))
        {
            mailer.Queue(officer.Email, officer.Language, text, "A member asks to erase their data",
                "Hello {0},\n\nA member of {1} asks the association to erase their personal data (law 09-08). Decide on the request here:\n{2}",
                officer.DisplayName, Workspace.Name, links.Absolute($"/workspace/{Id}/members/erasure"));
        }

        await db.SaveChangesAsync(cancel);
        TempData["Notice"] = text["Your request is sent to the association's officers. You will see their decision here."].Value;
        return Redirect($"/workspace/{Id}/me");
    }

    public async Task<IActionResult> OnGetReceiptAsync(int paymentId, CancellationToken cancel)
    {
        if (!await Load(cancel) || Member is not { } member || Payments.FirstOrDefault(p => p.Id == paymentId && p.CancelledAt == null) is not { } payment)
        {
            return NotFound();
        }

        return await this.Send(await DuesReceipts.File(documents, db, payment, member, cancel));
    }

    /// <summary>A person sees this page if the association keeps a member record under their address, or holds a role in it.</summary>
    /// <summary>A document the officers shared with the members, for a member (who cannot open the association's private files).</summary>
    public async Task<IActionResult> OnGetDocumentAsync(int documentId, [FromServices] Platform.Files.IFileStore store, CancellationToken cancel)
    {
        if (!await Load(cancel) || Shared.FirstOrDefault(d => d.Id == documentId) is not { } document)
        {
            return NotFound();
        }

        var file = await db.StoredFiles.AsNoTracking().SingleAsync(f => f.Id == document.CurrentFileId, cancel);
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(store.Open(file.StorageKey), Platform.Files.FileSniffer.ContentType(file.Kind), file.FileName);
    }

    private async Task<bool> Load(CancellationToken cancel)
    {
        Member = await MyMembership.In(db, User, Id, cancel);
        var workspace = await WorkspaceContext.Load(db, access, User, Id, cancel);
        if (workspace is null && Member is null)
        {
            return false;
        }

        Workspace = workspace ?? await WorkspaceContext.ForMember(db, Id, cancel);
        if (Member is { } member)
        {
            Dues = await db.MemberDues.AsNoTracking().Where(d => d.MemberId == member.Id).OrderByDescending(d => d.Year).Take(10).ToListAsync(cancel);
            Payments = await db.DuesPayments.AsNoTracking().Where(p => p.MemberId == member.Id).OrderByDescending(p => p.PaidOn).ThenByDescending(p => p.Id).Take(50).ToListAsync(cancel);
            Erasure = await db.ErasureRequests.AsNoTracking().Where(r => r.MemberId == member.Id).OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancel);
            Shared = await db.LibraryDocuments.AsNoTracking().Where(d => d.AssociationId == Id && d.SharedWithMembers && d.DeletedAt == null)
                .OrderByDescending(d => d.Id).Take(50).ToListAsync(cancel);
        }

        return true;
    }
}
