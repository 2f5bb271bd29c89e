namespace Nassij.Web.Platform.Security;

/// <summary>What a person may do. Ministry roles are national (a regional coordinator is scoped
/// to one region); association roles are scoped to one association.</summary>
public enum Role
{
    Administrator = 1,
    CallManager = 10,
    Evaluator = 11,
    FinanceOfficer = 12,
    SupportAdviser = 13,
    Trainer = 14,
    RegionalCoordinator = 15,
    SupportSupervisor = 16,
    President = 20,
    Secretary = 21,
    Treasurer = 22,
    Member = 23,
}

public static class Roles
{
    public static readonly Role[] Ministry =
        [Role.CallManager, Role.Evaluator, Role.FinanceOfficer, Role.SupportAdviser, Role.Trainer, Role.RegionalCoordinator, Role.SupportSupervisor];

    public static readonly Role[] Staff = [Role.Administrator, .. Ministry];

    public static readonly Role[] Association = [Role.President, Role.Secretary, Role.Treasurer, Role.Member];

    public static readonly Role[] Officers = [Role.President, Role.Secretary, Role.Treasurer];

    public static bool IsStaff(Role role) => role is >= Role.Administrator and < Role.President;

    public static bool IsOfficer(Role role) => role is Role.President or Role.Secretary or Role.Treasurer;
}
