using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Nassij.Web.Features.Associations;
using Nassij.Web.Features.Workspace.Governance;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Board;

/// <summary>Recording the board a general assembly elected: the association's file shows it, its term is set by the
/// statutes, and the declaration to the local authority is prepared with its one-month deadline.</summary>
[Authorize]
public sealed class RenewModel(NassijDb db, AssociationAccess access, Audit audit, TimeProvider clock, IStringLocalizer<WorkspaceText> text) : PageModel
{
    private const int BlankLines = 3;

    [FromRoute]
    public int Id { get; set; }

    [BindProperty]
    public RenewalForm Input { get; set; } = new();

    public WorkspaceContext Workspace { get; private set; } = null!;
    public IReadOnlyList<(int Id, DateTimeOffset StartsAt, string Place)> Meetings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        // A re-election is common: start from today's board, with the details last declared.
        var board = await db.Associations.AsNoTracking().Where(a => a.Id == Id).SelectMany(a => a.Board).OrderBy(b => b.Office).ToListAsync(cancel);
        var lastJson = await db.BoardDeclarations.AsNoTracking().Where(d => d.AssociationId == Id && d.Reason == DeclarationReason.BoardRenewed)
            .OrderByDescending(d => d.Id).Select(d => d.BoardJson).FirstOrDefaultAsync(cancel);
        var known = lastJson is null ? [] : new BoardDeclaration { BoardJson = lastJson }.Board;
        Input.ElectedOn = Formats.TodayInMorocco(clock);
        Input.MeetingId = Meetings.Count > 0 ? Meetings[0].Id : null;
        Input.Seats = [.. board.Select(b => known.FirstOrDefault(k => k.FullName == b.FullName) is { } k
            ? new SeatLine { Office = b.Office, FullName = b.FullName, NationalId = k.NationalId, Nationality = k.Nationality, Profession = k.Profession, Address = k.Address }
            : new SeatLine { Office = b.Office, FullName = b.FullName })];
        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        if (!await Load(cancel))
        {
            return NotFound();
        }

        var today = Formats.TodayInMorocco(clock);
        foreach (var breach in BoardComposition.Check(Input, today))
        {
            ModelState.AddModelError($"Input.{breach.Field}", text[breach.Message]);
        }

        if (Input.MeetingId is { } meetingId && Meetings.All(m => m.Id != meetingId))
        {
            Input.MeetingId = null;
        }

        if (!ModelState.IsValid)
        {
            Pad();
            return Page();
        }

        var electedOn = Input.ElectedOn!.Value;
        var rules = await Convocations.RulesOf(db, Id, BodyKind.Board, cancel);
        var termEnds = GovernanceRules.TermEnds(rules, electedOn);
        var seats = Input.Seats.Where(s => !s.IsBlank).Select(s => s.Declared()).ToList();
        var association = await db.Associations.Include(a => a.Board).SingleAsync(a => a.Id == Id, cancel);
        var before = association.Board.Select(b => new { b.Office, b.FullName, b.TermEndsOn }).ToList();
        association.Board.RemoveAll(_ => true);
        association.Board.AddRange(seats.Select(s => new BoardMember { FullName = s.FullName, Office = s.Office, TermEndsOn = termEnds }));
        var declaration = new BoardDeclaration
        {
            AssociationId = Id,
            Reason = DeclarationReason.BoardRenewed,
            DecidedOn = electedOn,
            DueOn = GovernanceRules.DeclarationDue(electedOn),
            MeetingId = Input.MeetingId,
            Board = seats,
            CreatedAt = clock.GetUtcNow(),
            CreatedByName = User.Identity?.Name,
        };
        db.BoardDeclarations.Add(declaration);
        await db.SaveChangesAsync(cancel);
        audit.Record("board.renewed", nameof(Association), Id.ToString(CultureInfo.InvariantCulture), before, new { electedOn, termEnds, Board = seats.Select(s => new { s.Office, s.FullName }) });
        await db.SaveChangesAsync(cancel);
        TempData["Notice"] = text["The new board is recorded. Its declaration to the local authority is due by {0}.", Formats.Date(declaration.DueOn)].Value;
        return Redirect($"/workspace/{Id}/board/declarations/{declaration.Id}");
    }

    private void Pad()
    {
        Input.Seats.RemoveAll(s => s.IsBlank);
        for (var i = 0; i < BlankLines; i++)
        {
            Input.Seats.Add(new SeatLine());
        }
    }

    private async Task<bool> Load(CancellationToken cancel)
    {
        if (await WorkspaceContext.Load(db, access, User, Id, cancel) is not { IsOfficer: true } workspace)
        {
            return false;
        }

        Workspace = workspace;
        Meetings = [.. (await db.Meetings.AsNoTracking().Where(m => m.AssociationId == Id && m.Body == BodyKind.GeneralAssembly && m.Status == MeetingStatus.Held)
            .OrderByDescending(m => m.StartsAt).Take(10).Select(m => new { m.Id, m.StartsAt, m.Place }).ToListAsync(cancel))
            .Select(m => (m.Id, m.StartsAt, m.Place))];
        return true;
    }
}
