using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Workspace.Members;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Workspace.Dues;

/// <summary>Every change to dues goes through here: fee schedules, payments and their receipts, cancellations.
/// It keeps each member's <see cref="MemberDues"/> in line with the schedule and the payments, and audits each change.</summary>
public sealed class DuesLedger(NassijDb db, Audit audit, TimeProvider clock, Books.Bookkeeper books)
{
    private const int Batch = 2000;

    public async Task SetSchedule(int associationId, int year, MemberCategory category, decimal amount, DateOnly dueOn, CancellationToken cancel)
    {
        var schedule = await db.FeeSchedules.SingleOrDefaultAsync(f => f.AssociationId == associationId && f.Year == year && f.Category == category, cancel);
        if (schedule is null)
        {
            schedule = new FeeSchedule { AssociationId = associationId, Year = year, Category = category };
            db.FeeSchedules.Add(schedule);
        }

        var before = new { schedule.Amount, schedule.DueOn };
        schedule.Amount = amount;
        schedule.DueOn = dueOn;
        audit.Record("dues.schedule.set", nameof(FeeSchedule), $"{associationId}/{year}/{category}", before, new { amount, dueOn });
        await db.SaveChangesAsync(cancel);
        await BringInLine(associationId, year, null, cancel);
    }

    /// <summary>Creates or updates the year's dues of every member (or one) from the schedule; members who no longer owe
    /// keep their row only if they paid something. Idempotent: run after a schedule, an import or a member's change.</summary>
    public async Task BringInLine(int associationId, int year, int? memberId, CancellationToken cancel)
    {
        var schedules = await db.FeeSchedules.AsNoTracking().Where(f => f.AssociationId == associationId && f.Year == year)
            .ToDictionaryAsync(f => f.Category, cancel);
        if (schedules.Count == 0 && !await db.MemberDues.AnyAsync(d => d.AssociationId == associationId && d.Year == year, cancel))
        {
            return;
        }

        var lastId = 0;
        while (true)
        {
            var members = await db.Members.AsNoTracking()
                .Where(m => m.AssociationId == associationId && m.Id > lastId && (memberId == null || m.Id == memberId))
                .OrderBy(m => m.Id).Take(Batch)
                .Select(m => new { m.Id, m.Category, m.Status, m.JoinedOn })
                .ToListAsync(cancel);
            if (members.Count == 0)
            {
                return;
            }

            lastId = members[^1].Id;
            var ids = members.Select(m => m.Id).ToList();
            var existing = await db.MemberDues.Where(d => d.Year == year && ids.Contains(d.MemberId)).ToDictionaryAsync(d => d.MemberId, cancel);
            foreach (var member in members)
            {
                var owed = schedules.TryGetValue(member.Category, out var fee) && DuesRules.Owes(member.Status, member.JoinedOn, year) ? fee.Amount : 0m;
                var dueOn = fee?.DueOn ?? new DateOnly(year, 12, 31);
                if (existing.TryGetValue(member.Id, out var dues))
                {
                    dues.Owed = owed;
                    dues.DueOn = dueOn;
                    dues.Settle();
                }
                else if (owed > 0)
                {
                    db.MemberDues.Add(new MemberDues { AssociationId = associationId, MemberId = member.Id, Year = year, Owed = owed, DueOn = dueOn, Settled = false });
                }
            }

            await db.SaveChangesAsync(cancel);
            // Keep the caller's tracked entities; let go of this batch's.
            foreach (var entry in db.ChangeTracker.Entries<MemberDues>().ToList())
            {
                entry.State = EntityState.Detached;
            }
        }
    }

    public async Task<DuesPayment> Record(Member member, int year, decimal amount, DateOnly paidOn, PaymentMethod method, string? reference, ClaimsPrincipal by, CancellationToken cancel)
    {
        // The payment, its receipt number and its entry in the books are written together or not at all.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancel) : null;
        await BringInLine(member.AssociationId, year, member.Id, cancel);
        var dues = await db.MemberDues.SingleOrDefaultAsync(d => d.MemberId == member.Id && d.Year == year, cancel);
        if (dues is null)
        {
            // Paying without owing (a donation-like due, or before the schedule is set): tracked all the same.
            dues = new MemberDues { AssociationId = member.AssociationId, MemberId = member.Id, Year = year, DueOn = new DateOnly(year, 12, 31) };
            db.MemberDues.Add(dues);
        }

        dues.Paid += amount;
        dues.Settle();
        var payment = new DuesPayment
        {
            AssociationId = member.AssociationId,
            MemberId = member.Id,
            Year = year,
            Amount = amount,
            PaidOn = paidOn,
            Method = method,
            Reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim(),
            ReceiptYear = paidOn.Year,
            RecordedById = by.PersonId(),
            RecordedByName = by.Identity?.Name,
            RecordedAt = clock.GetUtcNow(),
        };
        db.DuesPayments.Add(payment);
        await GapFreeNumbers.Save(db, async c => payment.ReceiptNumber = 1 + (await db.DuesPayments
            .Where(p => p.AssociationId == payment.AssociationId && p.ReceiptYear == payment.ReceiptYear)
            .MaxAsync(p => (int?)p.ReceiptNumber, c) ?? 0), cancel);
        audit.Record("dues.paid", nameof(DuesPayment), payment.Id.ToString(CultureInfo.InvariantCulture), after: new { payment.AssociationId, payment.MemberId, payment.Year, payment.Amount, payment.Method, payment.Receipt });
        await db.SaveChangesAsync(cancel);
        await books.RecordDues(payment, member.DisplayName(WorkspaceContext.Arabic), by, cancel);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancel);
        }

        return payment;
    }

    public async Task Cancel(DuesPayment payment, string reason, ClaimsPrincipal by, CancellationToken cancel)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancel);
        var dues = await db.MemberDues.SingleAsync(d => d.MemberId == payment.MemberId && d.Year == payment.Year, cancel);
        dues.Paid -= payment.Amount;
        dues.Settle();
        payment.CancelledAt = clock.GetUtcNow();
        payment.CancelReason = reason.Trim();
        audit.Record("dues.cancelled", nameof(DuesPayment), payment.Id.ToString(CultureInfo.InvariantCulture), before: new { payment.Amount, payment.Receipt }, after: new { reason });
        await db.SaveChangesAsync(cancel);
        await books.ReverseDues(payment, reason, by, cancel);
        await transaction.CommitAsync(cancel);
    }
}
