using Microsoft.EntityFrameworkCore;
using Nassij.Tests.Infrastructure;
using Nassij.Web.Platform.Security;

namespace Nassij.Tests.Support;

public static class Advisers
{
    /// <summary>A new support adviser in no queue, signed in.</summary>
    public static async Task<Browser> New(NassijFactory app, string language = "ar") => (await NewWithId(app, language)).Browser;

    public static async Task<(Browser Browser, Guid Id)> NewWithId(NassijFactory app, string language = "ar")
    {
        var email = await Accounts.People.NewConfirmedPerson(app);
        var id = await app.WithDb(async db =>
        {
            var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            db.RoleGrants.Add(new RoleGrant { PersonId = id, Role = Role.SupportAdviser });
            await db.SaveChangesAsync();
            return id;
        });
        return (await Browser.SignedIn(app, email, language), id);
    }
}
