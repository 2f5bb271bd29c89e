using Nassij.Web.Features.Associations;

namespace Nassij.Web.Features.Demo;

/// <summary>A demo association: realistic names in both languages, spread over the regions.</summary>
public sealed record DemoAssociation(
    string NameAr, string NameFr, string? Acronym, string Province, Domain[] Domains, bool Verified,
    int ProvisionalDaysAgo, string President, string Secretary, string Treasurer, string[] Members)
{
    public Association Build(DateOnly today, DateTimeOffset now)
    {
        var provisional = today.AddDays(-ProvisionalDaysAgo);
        var hasFinal = Verified && ProvisionalDaysAgo > 120;
        var association = new Association
        {
            NameAr = NameAr,
            NameFr = NameFr,
            Acronym = Acronym,
            Address = $"{NameFr.Split(' ')[^1]} — siège social",
            RegionCode = Province[..2],
            ProvinceCode = Province,
            FoundedOn = provisional.AddDays(-10),
            ProvisionalReceiptOn = provisional,
            FinalReceiptOn = hasFinal ? provisional.AddDays(45) : null,
            FinalReceiptNumber = hasFinal ? $"{Province.Replace(".", "/", StringComparison.Ordinal)}/{provisional.Year}/{ProvisionalDaysAgo}" : null,
            ReceiptAuthority = "Pachalik",
            Status = Verified ? VerificationStatus.Verified : VerificationStatus.Pending,
            CreatedAt = now.AddDays(-Math.Min(ProvisionalDaysAgo, 30)),
            VerifiedAt = Verified ? now.AddDays(-1) : null,
            Phone = "+212 5 22 00 00 00",
            DomainMask = DomainMask.Of(Domains),
            Board =
            [
                new BoardMember { FullName = President, Office = Office.President, TermEndsOn = today.AddYears(2) },
                new BoardMember { FullName = Secretary, Office = Office.Secretary, TermEndsOn = today.AddYears(2) },
                new BoardMember { FullName = Treasurer, Office = Office.Treasurer, TermEndsOn = today.AddYears(2) },
            ],
        };
        association.RefreshSearchKey();
        return association;
    }
}

public static class DemoAssociations
{
    public static readonly DemoAssociation[] All =
    [
        new("جمعية الأمل للتنمية والتضامن", "Association Al Amal pour le développement et la solidarité", "AADS", "06.141", [Domain.SocialSolidarity, Domain.ChildhoodAndYouth], true, 400, "محمد الإدريسي", "Salma Berrada", "رشيد الفاسي", ["أمينة العلمي", "Youssef Kabbaj"]),
        new("جمعية فضاء المواطنة بفاس", "Association Espace Citoyenneté de Fès", "AECF", "03.231", [Domain.ParticipatoryDemocracy, Domain.HumanRights], true, 700, "Khadija Gharbi", "عمر بنجلون", "Hicham Alaoui", ["سعاد التازي", "Mehdi Chraibi"]),
        new("جمعية نساء الأطلس", "Association Femmes de l'Atlas", null, "05.081", [Domain.WomenRights, Domain.RuralDevelopment], true, 300, "فاطمة أيت علي", "Zahra Oubella", "حادة أوشن", ["إيطو أمزيان"]),
        new("جمعية أصدقاء البيئة بأكادير", "Association des Amis de l'Environnement d'Agadir", "AAEA", "09.001", [Domain.Environment], true, 900, "Brahim Aït Lahcen", "نعيمة بوزيد", "Lahcen Idrissi", ["Said Amrani"]),
        new("جمعية الشباب الرقمي بطنجة", "Association Jeunesse Numérique de Tanger", "AJNT", "01.511", [Domain.Digital, Domain.ChildhoodAndYouth], true, 200, "أنس الريفي", "Imane Tahiri", "بلال العمراني", ["Rania Ziani", "أيوب الحمدي"]),
        new("جمعية التضامن مع الأشخاص في وضعية إعاقة بوجدة", "Association Solidarité Handicap Oujda", "ASHO", "02.411", [Domain.Disability, Domain.SocialSolidarity], true, 1200, "Mustapha Berkani", "حنان الزروالي", "Driss Mansouri", ["مريم بوعزة"]),
        new("جمعية تافيلالت للتراث والثقافة", "Association Tafilalet Patrimoine et Culture", "ATPC", "08.201", [Domain.Culture, Domain.AmazighCulture], true, 500, "الحسين أوحماد", "Aicha Bouhouch", "محمد أزناك", ["Hassan Ouali"]),
        new("جمعية الرباط للقراءة", "Association Rabat Lecture", null, "04.421", [Domain.Education, Domain.Culture], true, 100, "Leila Benkirane", "عادل السلاوي", "Nawal Sqalli", ["ياسين بنعبد الله"]),
        new("جمعية مراكش للرياضة والشباب", "Association Marrakech Sport et Jeunesse", "AMSJ", "07.351", [Domain.Sport, Domain.ChildhoodAndYouth], true, 800, "عبد الرحيم المراكشي", "Jamal Ouazzani", "هشام الكلاوي", ["Omar Saadi"]),
        new("جمعية واحة كلميم للتنمية", "Association Oasis Guelmim Développement", "AOGD", "10.261", [Domain.RuralDevelopment, Domain.IncomeGeneration], true, 600, "Mbarek Ould Ali", "الزهرة بوجمعة", "Salek Bouh", ["محمد لمين"]),
        new("جمعية العيون للصحة", "Association Laâyoune Santé", "ALS", "11.321", [Domain.Health], true, 1000, "الدكتورة مينة الركيبي", "Ahmed Baba", "السالك ولد محمد", ["Fatimetou Sidi"]),
        new("جمعية الداخلة للصيد التقليدي والتنمية", "Association Dakhla Pêche artisanale et développement", "ADPAD", "12.391", [Domain.IncomeGeneration, Domain.Environment], true, 350, "Sidi Mohamed Lebchir", "الغالية محمد فاضل", "Ely Cheikh", ["محمد سالم"]),
        new("جمعية إشراق للتربية", "Association Ichraq pour l'éducation", null, "06.461", [Domain.Education], false, 20, "سناء الشاوي", "Rachid Settati", "نادية بن علي", ["Karima Haddaoui"]),
        new("جمعية تيزنيت للثقافة الأمازيغية", "Association Tiznit pour la culture amazighe", "ATCA", "09.581", [Domain.AmazighCulture, Domain.Culture], false, 90, "Lhoussaine Aït Baha", "إبراهيم أكوزال", "Fadma Oubaha", ["يامنة تيزنيتي"]),
    ];
}
