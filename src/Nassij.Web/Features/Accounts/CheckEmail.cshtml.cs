using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Nassij.Web.Features.Accounts;

public sealed class CheckEmailModel : PageModel;
