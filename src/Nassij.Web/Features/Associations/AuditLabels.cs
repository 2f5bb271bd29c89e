namespace Nassij.Web.Features.Associations;

/// <summary>How the registry's audit actions read for officers (resource keys).</summary>
public static class AuditLabels
{
    public static string Of(string action) => action switch
    {
        "association.registered" => "File registered",
        "association.edited" => "File edited",
        "association.verified" => "Verified by the ministry",
        "association.rejected" => "Rejected by the ministry",
        "association.changes-requested" => "Changes requested by the ministry",
        _ => action,
    };
}
