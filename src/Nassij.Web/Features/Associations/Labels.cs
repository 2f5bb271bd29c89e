namespace Nassij.Web.Features.Associations;

/// <summary>The English text (the resource key) for each value the registry shows.</summary>
public static class Labels
{
    public static string Of(Domain domain) => domain switch
    {
        Domain.Education => "Education",
        Domain.Health => "Health",
        Domain.Culture => "Culture and heritage",
        Domain.Sport => "Sport",
        Domain.Environment => "Environment",
        Domain.WomenRights => "Women's rights",
        Domain.ChildhoodAndYouth => "Childhood and youth",
        Domain.Disability => "Disability",
        Domain.HumanRights => "Human rights",
        Domain.RuralDevelopment => "Rural development",
        Domain.SocialSolidarity => "Social solidarity",
        Domain.Digital => "Digital inclusion",
        Domain.ParticipatoryDemocracy => "Participatory democracy",
        Domain.IncomeGeneration => "Income-generating activities",
        Domain.AmazighCulture => "Amazigh language and culture",
        _ => domain.ToString(),
    };

    public static string Of(LegalForm form) => form switch
    {
        LegalForm.Association => "Association",
        LegalForm.Union => "Union of associations",
        LegalForm.Federation => "Federation",
        LegalForm.PublicUtility => "Association of public utility",
        _ => form.ToString(),
    };

    public static string Of(Office office) => office switch
    {
        Office.President => "President",
        Office.VicePresident => "Vice-president",
        Office.Secretary => "Secretary general",
        Office.DeputySecretary => "Deputy secretary",
        Office.Treasurer => "Treasurer",
        Office.DeputyTreasurer => "Deputy treasurer",
        Office.Adviser => "Adviser",
        _ => office.ToString(),
    };

    public static string Of(VerificationStatus status) => status switch
    {
        VerificationStatus.Pending => "Waiting for verification",
        VerificationStatus.Verified => "Verified",
        VerificationStatus.ChangesRequested => "Changes requested",
        VerificationStatus.Rejected => "Rejected",
        _ => status.ToString(),
    };

    public static string Of(ReceiptStage stage) => stage switch
    {
        ReceiptStage.NoReceiptRecorded => "No receipt recorded",
        ReceiptStage.AwaitingFinalReceipt => "Provisional receipt: waiting for the final receipt",
        ReceiptStage.EntitledToOperate => "No final receipt after 60 days: entitled to operate under its statutes (Dahir of 1958, art. 5)",
        ReceiptStage.FinalReceipt => "Final receipt delivered",
        _ => stage.ToString(),
    };
}
