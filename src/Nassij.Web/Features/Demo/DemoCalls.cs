using Nassij.Web.Features.Funding.Calls;

namespace Nassij.Web.Features.Demo;

/// <summary>A call shaped like the seeds' round: two lots (participatory democracy, digital access), 52 and 45 projects.</summary>
public static class DemoCalls
{
    public static Call Round2026(DateTimeOffset now, IEnumerable<Guid> evaluators) => new()
    {
        TitleAr = "طلب عروض مشاريع الجمعيات 2026: الديمقراطية التشاركية والولوج الرقمي",
        TitleFr = "Appel à projets associatifs 2026 : démocratie participative et accès au numérique",
        TextAr = "في إطار الاستراتيجية الوطنية «نسيج» \u20662022-2026\u2069، تعلن الوزارة عن طلب عروض مشاريع موجه للجمعيات في مجالين: التعريف بآليات الديمقراطية التشاركية (العرائض والملتمسات)، وتيسير ولوج الجمعيات إلى الأدوات الرقمية.\nيصرف الدعم على دفعتين: 50٪ عند توقيع الاتفاقية، والباقي بعد المصادقة على التقرير الأدبي والتقرير المالي والوثائق المثبتة للدفعة الأولى.",
        TextFr = "Dans le cadre de la stratégie nationale « Nassij » 2022-2026, le ministère lance un appel à projets ouvert aux associations sur deux thèmes : faire connaître les mécanismes de la démocratie participative (pétitions et motions) et faciliter l'accès des associations aux outils numériques.\nLe soutien est versé en deux tranches : 50 % à la signature de la convention, le reste après validation du rapport narratif, du rapport financier et des pièces justificatives de la première tranche.",
        OpensAt = now.AddDays(-10),
        ClosesAt = now.AddDays(20),
        State = CallState.Published,
        PublishedAt = now.AddDays(-10),
        CreatedAt = now.AddDays(-15),
        MinimumAgeMonths = 12,
        EvaluatorsPerApplication = 2,
        ApplicationsPerLot = 1,
        FirstTranchePercent = 50,
        Lots =
        [
            new() { Number = 1, ThemeAr = "التعريف بآليات الديمقراطية التشاركية", ThemeFr = "Faire connaître les mécanismes de la démocratie participative", Envelope = 5_200_000m, MinimumGrant = 50_000m, MaximumGrant = 150_000m, IndicativeProjects = 52 },
            new() { Number = 2, ThemeAr = "ولوج الجمعيات إلى الأدوات الرقمية", ThemeFr = "Accès des associations aux outils numériques", Envelope = 4_500_000m, MinimumGrant = 50_000m, MaximumGrant = 150_000m, IndicativeProjects = 45 },
        ],
        Criteria =
        [
            new() { Number = 1, LabelAr = "ملاءمة المشروع لأهداف طلب العروض", LabelFr = "Pertinence du projet au regard de l'appel", MaxPoints = 30, GuidanceFr = "Le projet répond-il au thème du lot et aux besoins du public visé ?", GuidanceAr = "هل يستجيب المشروع لموضوع المجال ولحاجيات الفئة المستهدفة؟" },
            new() { Number = 2, LabelAr = "قابلية الإنجاز ووضوح الأنشطة", LabelFr = "Faisabilité et clarté des activités", MaxPoints = 25 },
            new() { Number = 3, LabelAr = "معقولية الميزانية والتمويل المشترك", LabelFr = "Budget réaliste et cofinancement", MaxPoints = 20 },
            new() { Number = 4, LabelAr = "الأثر والاستدامة", LabelFr = "Impact et durabilité", MaxPoints = 15 },
            new() { Number = 5, LabelAr = "تجربة الجمعية", LabelFr = "Expérience de l'association", MaxPoints = 10 },
        ],
        Documents =
        [
            new() { Number = 1, LabelAr = "خطة العمل موقعة من طرف الرئيس", LabelFr = "Plan d'action signé par le président" },
        ],
        Declarations =
        [
            new() { Number = 1, TextAr = "نشهد بصحة المعلومات المقدمة.", TextFr = "Nous certifions l'exactitude des informations fournies." },
            new() { Number = 2, TextAr = "لا تستفيد الأنشطة نفسها من تمويل عمومي آخر.", TextFr = "Les mêmes activités ne bénéficient d'aucun autre financement public." },
        ],
        Committee = [.. evaluators.Select(id => new CommitteeSeat { PersonId = id })],
    };
}
