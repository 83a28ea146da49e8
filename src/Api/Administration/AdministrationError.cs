using Platform.Api.Errors;

namespace Platform.Api.Administration;

/// <summary>
/// A business-rule refusal of an administration mutation, returned in the payload's <c>errors</c>: a <see cref="UserError"/>
/// whose GraphQL type is one of <see cref="TypeNames"/>, with <see cref="Field"/> naming the offending input field, if one.
/// </summary>
public sealed record AdministrationError(string TypeName, string Code, string Message, string? Field = null)
    : UserError(TypeName, Code, Message)
{
    /// <summary>Every GraphQL error type of this area, for union resolution.</summary>
    public static readonly string[] TypeNames =
    [
        "InvalidAdministrationInputError", "DuplicateSlugError", "TenantNotFoundError", "TenantStatusError", "CalendarConflictError",
        "CallingWindowSettingError", "DuplicateUserNameError", "DuplicateEmployeeNumberError", "UnknownRoleError", "LastTenantAdminError",
        "UserNotFoundError", "TeamNotFoundError", "DuplicateTeamNameError", "SupervisorRoleRequiredError", "DuplicateClientIdError",
        "ServiceClientNotFoundError",
    ];

    public static AdministrationError Invalid(string field, string message) => new("InvalidAdministrationInputError", "INVALID_INPUT", message, field);
    public static AdministrationError DuplicateSlug(string slug) => new("DuplicateSlugError", "DUPLICATE_SLUG", $"A tenant with slug '{slug}' already exists.", "slug");
    public static AdministrationError TenantNotFound() => new("TenantNotFoundError", "TENANT_NOT_FOUND", "No such tenant.", "tenantId");
    public static AdministrationError TenantStatus(string message) => new("TenantStatusError", "TENANT_STATUS", message);
    public static AdministrationError CalendarConflict(string message, string field) => new("CalendarConflictError", "CALENDAR_CONFLICT", message, field);
    public static AdministrationError CallingWindow(string message, string field) => new("CallingWindowSettingError", "CALLING_WINDOW", message, field);
    public static AdministrationError DuplicateUserName(string message) => new("DuplicateUserNameError", "DUPLICATE_USER_NAME", message, "userName");
    public static AdministrationError DuplicateEmployeeNumber(string number) => new("DuplicateEmployeeNumberError", "DUPLICATE_EMPLOYEE_NUMBER", $"Employee number '{number}' is already used in this tenant.", "employeeNumber");
    public static AdministrationError UnknownRole(string message) => new("UnknownRoleError", "UNKNOWN_ROLE", message, "roles");
    public static AdministrationError LastTenantAdmin(string message) => new("LastTenantAdminError", "LAST_TENANT_ADMIN", message, "roles");
    public static AdministrationError UserNotFound() => new("UserNotFoundError", "USER_NOT_FOUND", "No such user in your tenant.", "userId");
    public static AdministrationError TeamNotFound() => new("TeamNotFoundError", "TEAM_NOT_FOUND", "No such team in your tenant.", "teamId");
    public static AdministrationError DuplicateTeamName(string name) => new("DuplicateTeamNameError", "DUPLICATE_TEAM_NAME", $"A team named '{name}' already exists.", "name");
    public static AdministrationError SupervisorRoleRequired() => new("SupervisorRoleRequiredError", "SUPERVISOR_ROLE_REQUIRED", "A team's supervisor must hold the SUPERVISOR role.", "supervisorId");
    public static AdministrationError DuplicateClientId(string message) => new("DuplicateClientIdError", "DUPLICATE_CLIENT_ID", message, "clientId");
    public static AdministrationError ServiceClientNotFound() => new("ServiceClientNotFoundError", "SERVICE_CLIENT_NOT_FOUND", "No such service client in your tenant.", "clientId");
}
