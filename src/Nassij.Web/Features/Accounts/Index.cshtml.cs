using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Nassij.Web.Features.Accounts;

[Authorize]
public sealed class IndexModel(UserManager<Person> users) : PageModel
{
    public Person Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var person = await users.GetUserAsync(User);
        if (person is null)
        {
            return Challenge();
        }

        Person = person;
        return Page();
    }
}
