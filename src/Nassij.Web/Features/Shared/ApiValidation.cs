using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;

namespace Nassij.Web.Features.Shared;

/// <summary>A form's DataAnnotations checked for the API, each message in the caller's language under its field's name.</summary>
public static class ApiValidation
{
    public static Dictionary<string, string[]> Errors(object form, IStringLocalizer<SharedText> shared)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(form, new ValidationContext(form), results, validateAllProperties: true);
        return results.GroupBy(r => r.MemberNames.FirstOrDefault() ?? string.Empty)
            .ToDictionary(g => g.Key, g => g.Select(r => shared[r.ErrorMessage ?? "This field is not valid."].Value).ToArray());
    }
}
