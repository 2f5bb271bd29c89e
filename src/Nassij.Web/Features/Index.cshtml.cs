using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Nassij.Web.Features;

public sealed class IndexModel : PageModel;
