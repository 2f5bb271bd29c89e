using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Nassij.Web.Features.Accounts;

public sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
