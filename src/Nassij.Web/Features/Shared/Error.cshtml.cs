using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Nassij.Web.Features.Shared;

/// <summary>What a person sees instead of a stack trace.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; } = 500;

    public void OnGet(int? code) => Code = code ?? 500;

    public void OnPost(int? code) => Code = code ?? 500;

    public string Title(IStringLocalizer text) => Code switch
    {
        404 => text["Page not found"],
        403 => text["You are not allowed to see this page"],
        400 => text["The request could not be understood"],
        _ => text["Something went wrong"],
    };

    public string Explanation(IStringLocalizer text) => Code switch
    {
        404 => text["The address may be wrong, or the page no longer exists."],
        403 => text["If you think you should have access, ask the person who manages your account."],
        400 => text["Go back and try again."],
        _ => text["The error has been recorded. Please try again in a moment."],
    };
}
