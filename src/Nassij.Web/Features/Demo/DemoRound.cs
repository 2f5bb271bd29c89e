using Nassij.Web.Features.Associations;
using Nassij.Web.Features.Funding.Agreements;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Features.Funding.Calls;
using Nassij.Web.Features.Funding.Evaluations;
using Nassij.Web.Features.Funding.Reports;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Demo;

/// <summary>Last year's round, decided: applications in every state, a committee's scores, agreements at each
/// step (to sign, to countersign, tranche 1 paid with its report waiting for verification, tranche 2 released).</summary>
public static class DemoRound
{
    private sealed record Plan(ApplicationState State, int Lot, decimal Requested, int[] Scores, AgreementState? Agreement, ReportState? Report, string? Reason = null);

    private static readonly Plan[] Plans =
    [
        new(ApplicationState.Selected, 1, 120_000m, [88, 84], AgreementState.Active, ReportState.Submitted),
        new(ApplicationState.Selected, 2, 95_000m, [82, 86], AgreementState.Active, ReportState.Approved),
        new(ApplicationState.Selected, 1, 80_000m, [79, 77], AgreementState.SentForSignature, null),
        new(ApplicationState.Selected, 2, 60_000m, [75, 80], AgreementState.SignedByAssociation, null),
        new(ApplicationState.Waitlisted, 1, 140_000m, [74, 46], null, null),
        new(ApplicationState.NotSelected, 2, 110_000m, [48, 55], null, null),
        new(ApplicationState.Ineligible, 1, 90_000m, [], null, null, "خطة العمل غير موقعة من طرف الرئيس / Le plan d'action n'est pas signé par le président."),
        new(ApplicationState.Withdrawn, 2, 70_000m, [], null, null),
    ];

    public static Call Round2025(DateTimeOffset now, IReadOnlyList<Guid> evaluators)
    {
        var call = DemoCalls.Round2026(now, evaluators);
        call.TitleAr = "طلب عروض مشاريع الجمعيات 2025: الديمقراطية التشاركية والولوج الرقمي";
        call.TitleFr = "Appel à projets associatifs 2025 : démocratie participative et accès au numérique";
        call.OpensAt = now.AddDays(-240);
        call.ClosesAt = now.AddDays(-200);
        call.PublishedAt = now.AddDays(-240);
        call.CreatedAt = now.AddDays(-250);
        call.State = CallState.ResultsPublished;
        call.Lots[0].Envelope = 520_000m;
        call.Lots[1].Envelope = 450_000m;
        return call;
    }

    /// <summary>Applications of the first verified demo associations to the decided call, and their follow-up.</summary>
    public static async Task Seed(NassijDb db, Call call, IReadOnlyList<Association> associations, IReadOnlyList<Guid> evaluators, Guid manager, Guid finance, DateTimeOffset now, CancellationToken cancel)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var count = Math.Min(Plans.Length, associations.Count);
        var applications = new List<Application>();
        for (var i = 0; i < count; i++)
        {
            var application = Application(call, call.Lots[Plans[i].Lot - 1], associations[i], Plans[i], now.AddDays(-205 + i));
            application.Reference = $"AP{call.Id:D3}-{Plans[i].Lot}-D{i + 1:D5}";
            applications.Add(application);
            db.Applications.Add(application);
        }

        foreach (var lot in call.Lots)
        {
            var mine = applications.Where(a => a.LotId == lot.Id).ToList();
            db.Decisions.Add(new Funding.Selection.Decision
            {
                CallId = call.Id,
                LotId = lot.Id,
                DecidedAt = now.AddDays(-180),
                DecidedById = manager,
                Selected = mine.Count(a => a.State == ApplicationState.Selected),
                Waitlisted = mine.Count(a => a.State == ApplicationState.Waitlisted),
                NotSelected = mine.Count(a => a.State == ApplicationState.NotSelected),
                Committed = mine.Where(a => a.State == ApplicationState.Selected).Sum(a => a.GrantedAmount ?? 0),
            });
        }

        await db.SaveChangesAsync(cancel);
        var agreements = new List<(Agreement Agreement, Application Application, ReportState? Report)>();
        for (var i = 0; i < count; i++)
        {
            var plan = Plans[i];
            foreach (var (score, e) in plan.Scores.Select((s, e) => (s, e)))
            {
                db.Evaluations.Add(Evaluation(call, applications[i], evaluators[e % evaluators.Count], score, now.AddDays(-190)));
            }

            if (plan.Agreement is { } state)
            {
                agreements.Add((Follow(db, call, applications[i], associations[i], state, plan.Report, manager, finance, today, now), applications[i], plan.Report));
            }
        }

        await db.SaveChangesAsync(cancel);
        foreach (var (agreement, application, report) in agreements.Where(a => a.Report is not null))
        {
            db.Reports.Add(FirstReport(agreement, application, report!.Value, manager, today, now));
        }

        await db.SaveChangesAsync(cancel);
    }

    /// <summary>A draft begun on the open call, for the last verified association, to be finished and submitted.</summary>
    public static async Task SeedDraft(NassijDb db, Call call, Association association, DateTimeOffset now, CancellationToken cancel)
    {
        var draft = Application(call, call.Lots[1], association, new Plan(ApplicationState.Draft, 2, 90_000m, [], null, null), now.AddDays(-2));
        draft.SubmittedAt = null;
        draft.Indicators.Clear();
        db.Applications.Add(draft);
        await db.SaveChangesAsync(cancel);
    }

    private static Application Application(Call call, Lot lot, Association association, Plan plan, DateTimeOffset submitted)
    {
        var decided = plan.Scores.Length > 0;
        var application = new Application
        {
            CallId = call.Id,
            LotId = lot.Id,
            AssociationId = association.Id,
            State = plan.State,
            Title = plan.Lot == 1 ? $"مدرسة المواطنة التشاركية — {association.NameAr}" : $"Atelier numérique associatif — {association.NameFr}",
            Summary = plan.Lot == 1
                ? "ورشات لتعريف الشباب والنساء بآليات العرائض والملتمسات وتكوين لجان محلية لمواكبة إعدادها."
                : "Former les membres de l'association aux outils numériques : comptabilité en ligne, réunions à distance, communication.",
            Objectives = plan.Lot == 1 ? "تكوين 150 شابا وامرأة وإعداد عريضتين محليتين." : "Former 40 responsables associatifs et équiper un espace numérique.",
            TargetGroup = plan.Lot == 1 ? "الشباب والنساء بالأحياء" : "Dirigeants et bénévoles associatifs",
            Beneficiaries = plan.Lot == 1 ? 150 : 40,
            RequestedTotal = plan.Requested,
            GrantedAmount = plan.State == ApplicationState.Selected ? plan.Requested : null,
            AverageScore = decided ? (decimal)plan.Scores.Average() : null,
            ScoreSpread = decided ? plan.Scores.Max() - plan.Scores.Min() : null,
            ScreeningReason = plan.Reason,
            CreatedAt = submitted.AddDays(-5),
            UpdatedAt = submitted,
            SubmittedAt = plan.State == ApplicationState.Withdrawn ? null : submitted,
            Activities =
            [
                new() { Number = 1, Title = plan.Lot == 1 ? "ورشات تكوينية" : "Formations", Place = association.Address, StartsOn = DateOnly.FromDateTime(submitted.UtcDateTime).AddMonths(3), EndsOn = DateOnly.FromDateTime(submitted.UtcDateTime).AddMonths(6) },
                new() { Number = 2, Title = plan.Lot == 1 ? "لقاء تواصلي مع الجماعة" : "Équipement de l'espace numérique", Place = association.Address, StartsOn = DateOnly.FromDateTime(submitted.UtcDateTime).AddMonths(7), EndsOn = DateOnly.FromDateTime(submitted.UtcDateTime).AddMonths(10) },
            ],
            Budget =
            [
                new() { Number = 1, Category = BudgetCategory.Training, Description = plan.Lot == 1 ? "أتعاب المكونين" : "Formateurs", Quantity = 10, UnitCost = plan.Requested * 0.06m, Requested = plan.Requested * 0.6m },
                new() { Number = 2, Category = plan.Lot == 1 ? BudgetCategory.Communication : BudgetCategory.Equipment, Description = plan.Lot == 1 ? "مطبوعات وتواصل" : "Ordinateurs portables", Quantity = 4, UnitCost = plan.Requested * 0.125m, Requested = plan.Requested * 0.4m },
            ],
            Indicators = [new() { Number = 1, Label = plan.Lot == 1 ? "عدد المستفيدين المكونين" : "Responsables formés", Baseline = 0, Target = plan.Lot == 1 ? 150 : 40 }],
        };
        return application;
    }

    private static Evaluation Evaluation(Call call, Application application, Guid evaluator, int total, DateTimeOffset at)
    {
        var evaluation = new Evaluation
        {
            CallId = call.Id,
            ApplicationId = application.Id,
            EvaluatorId = evaluator,
            State = EvaluationState.Submitted,
            AssignedAt = at.AddDays(-5),
            DeclaredAt = at.AddDays(-4),
            SubmittedAt = at,
            Total = total,
        };
        var left = total;
        foreach (var criterion in call.Criteria.OrderBy(c => c.Number))
        {
            var points = Math.Min(criterion.MaxPoints, (int)Math.Round(criterion.MaxPoints * total / 100m));
            points = Math.Min(points, left);
            left -= points;
            evaluation.Scores.Add(new Score
            {
                CriterionId = criterion.Id,
                Points = points,
                Justification = points >= criterion.MaxPoints * 0.75 ? "Bien argumenté et réaliste. / مقترح واضح وواقعي." : "À préciser : calendrier et partenaires. / يحتاج إلى توضيح الجدولة والشركاء.",
            });
        }

        return evaluation;
    }

    private static Agreement Follow(NassijDb db, Call call, Application application, Association association, AgreementState state, ReportState? report, Guid manager, Guid finance, DateOnly today, DateTimeOffset now)
    {
        var agreement = AgreementRules.Draw(application, call, today.AddDays(-150), now.AddDays(-150));
        agreement.Number = $"CONV-{today.Year - 1}-D{association.Id:D5}";
        agreement.State = state;
        if (state is AgreementState.SignedByAssociation or AgreementState.Active)
        {
            agreement.SignedByAssociationAt = now.AddDays(-140);
        }

        db.BankAccounts.Add(new BankAccount
        {
            AssociationId = association.Id,
            Rib = Rib.WithKey($"0117800000{association.Id:D12}"),
            BankName = "Banque Populaire",
            Holder = association.NameFr,
            ChangedAt = now.AddDays(-145),
            VerifiedAt = state == AgreementState.Active ? now.AddDays(-139) : null,
            VerifiedById = state == AgreementState.Active ? finance : null,
        });

        if (state == AgreementState.Active)
        {
            agreement.SignedOn = today.AddDays(-138);
            agreement.CountersignedAt = now.AddDays(-138);
            agreement.CountersignedById = manager;
            agreement.InterimReportDueOn = today.AddDays(report == ReportState.Approved ? -20 : 10);
            var first = agreement.Tranches[0];
            first.State = TrancheState.Paid;
            first.PaymentOrderNumber = $"OP-{today.Year - 1}-D{association.Id:D5}";
            first.OrderedAt = now.AddDays(-135);
            first.OrderedById = finance;
            first.PaidOn = today.AddDays(-130);
            first.BankReference = $"VIR-{association.Id:D4}-01";
            first.PaidById = finance;
            if (report == ReportState.Approved)
            {
                agreement.Tranches[1].State = TrancheState.Releasable;
            }
        }

        db.Agreements.Add(agreement);
        return agreement;
    }

    private static Report FirstReport(Agreement agreement, Application application, ReportState reportState, Guid manager, DateOnly today, DateTimeOffset now) => new()
    {
        AgreementId = agreement.Id,
        TrancheNumber = 1,
        State = reportState,
        ActivitiesDone = "نظمنا ست ورشات تكوينية استفاد منها 90 شابا وامرأة، وأعددنا عريضة محلية حول الإنارة العمومية.",
        BeneficiariesReached = 90,
        Difficulties = "Retard de deux semaines dans la mise à disposition de la salle communale.",
        SubmittedAt = now.AddDays(-12),
        ReviewedAt = reportState == ReportState.Approved ? now.AddDays(-5) : null,
        ReviewedById = reportState == ReportState.Approved ? manager : null,
        Expenses =
        [
            new() { Number = 1, BudgetLineNumber = 1, Description = "أتعاب المكونين — الدفعة الأولى", Amount = Math.Round(agreement.Tranches[0].Amount * 0.7m, 2), SpentOn = today.AddDays(-60), Payee = "Cabinet Tadrib SARL" },
            new() { Number = 2, BudgetLineNumber = 2, Description = "طبع المطويات", Amount = Math.Round(agreement.Tranches[0].Amount * 0.3m, 2), SpentOn = today.AddDays(-45), Payee = "Imprimerie Al Kalam" },
        ],
        Indicators = [new() { IndicatorId = application.Indicators[0].Id, Value = 90 }],
    };
}
