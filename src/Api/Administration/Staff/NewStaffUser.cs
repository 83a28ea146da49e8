using Platform.Api.Callers;

namespace Platform.Api.Administration.Staff;

/// <summary>What an administrator gives to create a user: the account's name and roles plus the staff record.</summary>
public sealed record NewStaffUser(string? UserName, string? DisplayName, string? EmployeeNumber, IReadOnlyList<Role> Roles, Guid? TeamId);

/// <summary>A created user and the one-time initial password of the account.</summary>
public sealed record CreatedStaffUser(StaffUser User, string InitialPassword);
