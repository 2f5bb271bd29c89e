using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Features.Admin;

[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel : PageModel;
