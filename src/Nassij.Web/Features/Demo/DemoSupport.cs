using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Support.Cases;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Demo;

/// <summary>A support centre at work: two queues, canned answers, and cases in every state.</summary>
public static class DemoSupport
{
    public static async Task Seed(IServiceProvider services, CancellationToken cancel)
    {
        var db = services.GetRequiredService<NassijDb>();
        var intake = services.GetRequiredService<CaseIntake>();
        var work = services.GetRequiredService<CaseWork>();
        var clock = services.GetRequiredService<CaseClock>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var staff = await db.RoleGrants.Where(g => g.AssociationId == null).Select(g => new { g.Role, g.PersonId, g.Person!.DisplayName, g.Person.Email }).ToListAsync(cancel);
        var adviser = staff.First(s => s.Role == Role.SupportAdviser && s.Email!.StartsWith("adviser@", StringComparison.Ordinal));
        var lawyer = staff.First(s => s.Email!.StartsWith("lawyer@", StringComparison.Ordinal));

        db.CaseQueues.AddRange(
            new CaseQueue { NameAr = "الاستشارات القانونية", NameFr = "Consultations juridiques", Topic = CaseTopic.Legal, Advisers = [new() { PersonId = lawyer.PersonId }, new() { PersonId = adviser.PersonId }] },
            new CaseQueue { NameAr = "مركز الاتصال – عام", NameFr = "Centre d'appels – général", Advisers = [new() { PersonId = adviser.PersonId }] });
        db.CannedAnswers.AddRange(
            new CannedAnswer { Language = "ar", Title = "شكر وطلب معلومات إضافية", Body = "شكراً على سؤالكم. حتى نجيبكم بدقة، نرجو أن ترسلوا لنا:\n- نسخة من القانون الأساسي لجمعيتكم؛\n- تاريخ آخر جمع عام؛\n- نسخة من آخر وصل إيداع." },
            new CannedAnswer { Language = "ar", Title = "أجل التصريح بالتغييرات", Topic = CaseTopic.Legal, Body = "يجب التصريح بكل تغيير في المكتب أو في القانون الأساسي **داخل أجل شهر** لدى السلطة المحلية (الفصل 5 من ظهير 15 نونبر 1958). يتضمن الملف: رسالة، محضر الجمع العام، لائحة المكتب الجديد ونسخ البطائق الوطنية." },
            new CannedAnswer { Language = "ar", Title = "حجز موعد مواكبة", Body = "يسعدنا مواكبتكم. يمكنكم حجز موعد مع مستشار من صفحة المواعيد: /support/appointments" },
            new CannedAnswer { Language = "fr", Title = "Remerciement et demande de précisions", Body = "Merci pour votre question. Pour vous répondre précisément, merci de nous envoyer :\n- une copie de vos statuts ;\n- la date de votre dernière assemblée générale ;\n- une copie du dernier récépissé de dépôt." },
            new CannedAnswer { Language = "fr", Title = "Délai de déclaration des changements", Topic = CaseTopic.Legal, Body = "Tout changement du bureau ou des statuts se déclare **dans le mois** auprès de l'autorité locale (article 5 du dahir du 15 novembre 1958). Le dossier comprend : une lettre, le procès-verbal de l'assemblée, la liste du nouveau bureau et les copies des CIN." },
            new CannedAnswer { Language = "fr", Title = "Rendez-vous d'accompagnement", Body = "Nous serons heureux de vous accompagner. Vous pouvez réserver un rendez-vous avec un conseiller depuis la page des rendez-vous : /support/appointments" });
        await db.SaveChangesAsync(cancel);

        var president1 = await db.Users.Where(u => u.Email == $"president1@{DemoData.Domain}").Select(u => new { u.Id, u.DisplayName, u.Email }).SingleAsync(cancel);
        var association1 = await db.RoleGrants.Where(g => g.PersonId == president1.Id && g.AssociationId != null).Select(g => new { Id = g.AssociationId!.Value, g.Association!.RegionCode }).FirstAsync(cancel);
        var (renewal, _) = await intake.Open(new CaseRequest(CaseChannel.Web, CaseTopic.Legal, association1.RegionCode, "كيف نصرح بتجديد المكتب المسير؟",
            "انتخبنا مكتباً جديداً في الجمع العام يوم السبت الماضي. ما هي الوثائق التي يجب إيداعها لدى القيادة، وما هو الأجل؟", president1.DisplayName, president1.Email, null, "ar")
        { RequesterId = president1.Id, AssociationId = association1.Id }, cancel);
        var help = await db.Articles.Where(a => a.Slug == "declaring-changes").Select(a => a.TitleAr).FirstOrDefaultAsync(cancel);
        await work.Write(renewal, new Adviser(lawyer.PersonId, lawyer.DisplayName), "المكتب الجديد ما زال لم يوقع المحضر؟ أتحقق قبل الرد.", internalNote: true, null, [], cancel);
        await work.Write(renewal, new Adviser(lawyer.PersonId, lawyer.DisplayName),
            $"مرحباً،\n\nيجب التصريح بالمكتب الجديد **داخل أجل شهر** من تاريخ الجمع العام، لدى السلطة المحلية التي صرحتم لديها أول مرة. التفاصيل وقائمة الوثائق هنا: [{help}](/help/declaring-changes)\n\nهل وقع الرئيس والكاتب المحضر؟",
            internalNote: false, CaseStatus.WaitingForRequester, [], cancel);

        await intake.Open(new CaseRequest(CaseChannel.Phone, CaseTopic.Administrative, "04", "شهادة الإيداع للبنك",
            "المتصل يسأل هل يكفي الوصل المؤقت لفتح حساب بنكي للجمعية.", "محمد العلمي", null, "0661234567", "ar"), cancel);

        var (fr, _) = await intake.Open(new CaseRequest(CaseChannel.Email, CaseTopic.Funding, "01", "Rapport financier de la première tranche",
            "Bonjour, quel modèle utiliser pour le rapport financier de la première tranche ? Merci.", "Khadija Benali", "khadija.benali@example.ma", null, "fr"), cancel);
        await work.Write(fr, new Adviser(adviser.PersonId, adviser.DisplayName),
            "Bonjour Madame,\n\nLe modèle de rapport financier est ici : [Modèle de rapport financier](/help/financial-report-template). Chaque dépense doit porter le numéro et la date de la convention.\n\nBien cordialement.",
            internalNote: false, CaseStatus.Resolved, [], cancel);
        fr.Rating = 5;
        fr.RatingComment = "Réponse rapide et claire, merci.";
        clock.MoveTo(fr, CaseStatus.Closed, now);

        SeedSlots(db, adviser.PersonId, lawyer.PersonId, now, president1.Id, association1.Id);

        var (late, _) = await intake.Open(new CaseRequest(CaseChannel.Web, CaseTopic.Financial, "06", "Clôture des comptes et assemblée générale",
            "Notre trésorier est parti. Comment clôturer les comptes de l'année avant l'assemblée générale ?", "Youssef Idrissi", "youssef.idrissi@example.ma", "0677889900", "fr")
        { Priority = CasePriority.High }, cancel);
        clock.Start(late, now.AddDays(-3));
        clock.ChangePriority(late, CasePriority.High);
        await db.SaveChangesAsync(cancel);
        await Support.Supervision.CaseDays.Refresh(db, cancel);
    }

    /// <summary>Two weeks of times: the adviser in person in Rabat in the mornings, the lawyer by video in the afternoons.</summary>
    private static void SeedSlots(NassijDb db, Guid adviser, Guid lawyer, DateTimeOffset now, Guid president, int association)
    {
        var today = DateOnly.FromDateTime(Platform.Localization.Formats.LocalInMorocco(now));
        var days = Enumerable.Range(1, 14).Select(today.AddDays).Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).Take(8).ToList();
        foreach (var day in days)
        {
            for (var i = 0; i < 3; i++)
            {
                var start = Platform.Localization.Formats.FromMorocco(day.ToDateTime(new TimeOnly(9, 0)).AddMinutes(i * 60));
                db.Slots.Add(new Support.Appointments.Slot { AdviserId = adviser, StartsAt = start, EndsAt = start.AddMinutes(45), Mode = Support.Appointments.SlotMode.InPerson, Place = "Centre d'accompagnement, avenue Allal Ben Abdellah, Rabat", RegionCode = "04" });
                var video = Platform.Localization.Formats.FromMorocco(day.ToDateTime(new TimeOnly(14, 0)).AddMinutes(i * 60));
                db.Slots.Add(new Support.Appointments.Slot { AdviserId = lawyer, StartsAt = video, EndsAt = video.AddMinutes(45), Mode = Support.Appointments.SlotMode.Video, Place = "https://visio.nassij.ma/centre-juridique" });
            }
        }

        var booked = db.Slots.Local.First(s => s.AdviserId == lawyer);
        (booked.BookedById, booked.AssociationId, booked.Topic, booked.Note, booked.BookedAt) = (president, association, CaseTopic.Legal, "مراجعة مشروع تعديل القانون الأساسي قبل الجمع العام الاستثنائي.", now);
    }
}
