using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Nassij.Web.Features.Shared;

/// <summary>Page handlers cannot return an <see cref="IResult"/> (a file, a PDF, a spreadsheet): this writes it and ends the page.</summary>
public static class PageResults
{
    public static async Task<IActionResult> Send(this PageModel page, IResult result)
    {
        await result.ExecuteAsync(page.HttpContext);
        return new EmptyResult();
    }
}
