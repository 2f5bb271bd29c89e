using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Workspace.Books;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Demo;

/// <summary>The first demo association's books for the year: its cash box and bank account, a public grant under its
/// agreement and what it paid for, ordinary expenses, a foreign gift still to declare, and a budget.</summary>
public static class DemoBooks
{
    public static async Task OpenAccounts(IServiceProvider services, int associationId, ClaimsPrincipal by, DateOnly today, CancellationToken cancel)
    {
        var books = services.GetRequiredService<Bookkeeper>();
        var january = new DateOnly(today.Year, 1, 1);
        await books.Open(associationId, "الصندوق", MoneyAccountKind.Cash, null, 1200m, january, by, cancel);
        await books.Open(associationId, "البنك الشعبي", MoneyAccountKind.Bank, "190780211100012345678912", 8500m, january, by, cancel);
    }

    public static async Task Seed(IServiceProvider services, int associationId, ClaimsPrincipal by, DateOnly today, CancellationToken cancel)
    {
        var db = services.GetRequiredService<NassijDb>();
        var books = services.GetRequiredService<Bookkeeper>();
        var accounts = await db.MoneyAccounts.Where(a => a.AssociationId == associationId).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancel);
        var (cash, bank) = (accounts[0], accounts[1]);
        var project = new BookProject { AssociationId = associationId, Name = "ورشات التمكين الرقمي للشباب" };
        db.BookProjects.Add(project);
        await db.SaveChangesAsync(cancel);

        DateOnly On(int daysAgo) => today.AddDays(-Math.Min(daysAgo, today.DayOfYear - 1));
        var agreementNumber = $"CV-{today.Year}-0007";
        var agreementDate = On(200);
        const string Ministry = "الوزارة المكلفة بالعلاقات مع البرلمان";
        async Task Write(EntryKind kind, int daysAgo, decimal amount, int account, string label, string category, FundSource source = FundSource.Own, string? payee = null, bool grant = false, string? funder = null) =>
            await books.Record(associationId, new EntryDraft(kind, On(daysAgo), amount, account, null, label, payee, null, category, source,
                grant ? project.Id : null, null, grant ? agreementNumber : null, grant ? agreementDate : null, grant ? Ministry : funder), null, by, cancel);

        await Write(EntryKind.Income, 180, 60000m, bank, "الشطر الأول من دعم مشروع التمكين الرقمي", "7161", FundSource.PublicGrant, Ministry, grant: true);
        await Write(EntryKind.Expense, 150, 12000m, bank, "أتعاب مؤطري الورشات", "6136", FundSource.PublicGrant, "مكتب التكوين الرقمي", grant: true);
        await Write(EntryKind.Expense, 120, 18500m, bank, "اقتناء حواسيب محمولة", "2350", FundSource.PublicGrant, "شركة المعدات", grant: true);
        await Write(EntryKind.Expense, 90, 2400m, cash, "تنقلات المشاركين", "6143", FundSource.PublicGrant, grant: true);
        for (var month = 1; month <= Math.Min(today.Month, 10); month++)
        {
            await Write(EntryKind.Expense, today.DayOfYear - new DateOnly(today.Year, month, 5).DayOfYear, 1500m, bank, $"كراء المقر — {month.ToString(CultureInfo.InvariantCulture)}/{today.Year.ToString(CultureInfo.InvariantCulture)}", "6131", payee: "السيد المكري");
        }

        await Write(EntryKind.Expense, 60, 420m, cash, "لوازم مكتبية", "6125", payee: "مكتبة النور");
        await Write(EntryKind.Expense, 30, 45m, bank, "مصاريف مسك الحساب", "6147");
        await Write(EntryKind.Income, 25, 3000m, cash, "تبرع بمناسبة الحفل السنوي", "7182", FundSource.Donation, "محسن");
        await Write(EntryKind.Income, 10, 15000m, bank, "منحة لدعم أنشطة الشباب", "7162", FundSource.ForeignFunding, "Fondation Anna Lindh", funder: "Fondation Anna Lindh");

        foreach (var (code, amount) in new[] { ("7181", 7000m), ("7161", 60000m), ("7182", 5000m), ("6131", 18000m), ("6125", 2000m), ("6136", 25000m), ("6143", 5000m), ("2350", 20000m) })
        {
            db.BudgetLines.Add(new BudgetLine { AssociationId = associationId, Year = today.Year, CategoryCode = code, Amount = amount });
        }

        await db.SaveChangesAsync(cancel);
        SeedActivities(db, associationId, today, services.GetRequiredService<TimeProvider>().GetUtcNow());
        await db.SaveChangesAsync(cancel);
    }

    /// <summary>A workshop done, another to record, one planned: the dashboard and the activities page have something to show.</summary>
    private static void SeedActivities(NassijDb db, int associationId, DateOnly today, DateTimeOffset now)
    {
        db.Activities.AddRange(
            new Workspace.Activities.Activity
            {
                AssociationId = associationId,
                Title = "ورشة المهارات الرقمية للشباب",
                StartsOn = today.AddDays(-Math.Min(60, today.DayOfYear - 1)),
                Place = "دار الشباب",
                PlannedParticipants = 30,
                Done = true,
                Participants = 34,
                Women = 19,
                Youth = 30,
                Outcome = "تعلم المشاركون أساسيات البرمجة وإنشاء سيرة ذاتية رقمية.",
                CreatedAt = now,
            },
            new Workspace.Activities.Activity { AssociationId = associationId, Title = "حملة تحسيسية حول النظافة", StartsOn = today.AddDays(-3), Place = "ساحة الحي", PlannedParticipants = 80, CreatedAt = now },
            new Workspace.Activities.Activity { AssociationId = associationId, Title = "يوم مفتوح للتعريف بالجمعية", StartsOn = today.AddDays(12), Place = "مقر الجمعية", PlannedParticipants = 50, CreatedAt = now });
    }
}
