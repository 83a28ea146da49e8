using Microsoft.EntityFrameworkCore;
using Platform.Api.Customers;
using Platform.Api.Data;
using Platform.Api.Errors;
using Platform.Api.Relay;
using Platform.Api.Schema;
using Platform.Domain.Entities;
using Platform.Domain.Policies;

namespace Platform.Api.Policies;

/// <summary>Creates and changes policies; invalid data is a payload error, never a top-level error.</summary>
public static class PolicyCommands
{
    /// <summary>A policy, or the errors that refused it.</summary>
    public sealed record Result(Policy? Policy, IReadOnlyList<UserError> Errors);

    /// <summary>Records a policy for existing customers in the caller's scope.</summary>
    public static async Task<Result> CreateAsync(OperationWork work, OperationCaller caller, IReadOnlyDictionary<string, object?> input, DateTimeOffset now, CancellationToken ct)
    {
        var holder = ParseCustomer(input.Get<string>("holderId"));
        var insured = ParseCustomer(input.Get<string>("insuredId"));
        var found = await CustomerLoaders.LoadAsync(work, caller, [.. new[] { holder, insured }.OfType<Guid>().Distinct()], ct);
        if (holder is null || insured is null || !found.ContainsKey(holder.Value) || !found.ContainsKey(insured.Value))
        {
            return new Result(null, [new UserError("CustomerNotFoundError", "CUSTOMER_NOT_FOUND", "The policyholder or insured customer does not exist.")]);
        }

        var policy = new Policy
        {
            TenantId = work.TenantId!.Value,
            Id = Guid.CreateVersion7(),
            PolicyNumber = input.Get<string>("policyNumber")?.Trim() ?? "",
            ProductLine = input.GetValue<ProductLine>("productLine") ?? ProductLine.Life,
            ProductName = input.Get<string>("productName")?.Trim() ?? "",
            SumInsured = input.GetValue<decimal>("sumInsured") ?? 0,
            Premium = input.GetValue<decimal>("premium") ?? 0,
            Currency = (input.Get<string>("currency") ?? "CNY").Trim().ToUpperInvariant(),
            StartDate = input.GetValue<DateOnly>("startDate") ?? default,
            EndDate = input.GetValue<DateOnly>("endDate") ?? default,
            Status = input.GetValue<PolicyStatus>("status") ?? PolicyStatus.PendingUnderwriting,
            PolicyholderId = holder.Value,
            InsuredId = insured.Value,
            CreatedAt = now,
        };
        var errors = Validate(policy);
        if (errors.Count > 0)
        {
            return new Result(null, errors);
        }

        var db = await work.DbAsync(ct);
        if (await db.Policies.AnyAsync(p => p.PolicyNumber == policy.PolicyNumber, ct))
        {
            return new Result(null, [new UserError("PolicyNumberTakenError", "POLICY_NUMBER_TAKEN", $"Policy number {policy.PolicyNumber} is already in use.")]);
        }

        db.Policies.Add(policy);
        return new Result(policy, []);
    }

    /// <summary>Changes status, end date or amounts of a policy in the caller's scope.</summary>
    public static async Task<Result> UpdateAsync(OperationWork work, OperationCaller caller, IReadOnlyDictionary<string, object?> input, CancellationToken ct)
    {
        var notFound = new Result(null, [new UserError("PolicyNotFoundError", "POLICY_NOT_FOUND", "No such policy.")]);
        if (!GlobalId.TryDecode(input.Get<string>("id"), out var type, out var id) || type != "Policy")
        {
            return notFound;
        }

        var scope = await RowScope.ForAsync(caller, work, ct);
        var db = await work.DbAsync(ct);
        var policy = await scope.Policies(db.Policies).AsTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (policy is null)
        {
            return notFound;
        }

        policy.Status = input.GetValue<PolicyStatus>("status") ?? policy.Status;
        policy.EndDate = input.GetValue<DateOnly>("endDate") ?? policy.EndDate;
        policy.Premium = input.GetValue<decimal>("premium") ?? policy.Premium;
        policy.SumInsured = input.GetValue<decimal>("sumInsured") ?? policy.SumInsured;
        var errors = Validate(policy);
        if (errors.Count > 0)
        {
            db.Entry(policy).State = EntityState.Detached;
            return new Result(null, errors);
        }

        return new Result(policy, []);
    }

    private static List<UserError> Validate(Policy policy)
    {
        var errors = new List<UserError>();
        void Invalid(string field, string message) =>
            errors.Add(new UserError("PolicyInvalidError", "POLICY_INVALID", message, new Dictionary<string, object?> { ["field"] = field }));

        if (policy.PolicyNumber.Length is 0 or > 40)
        {
            Invalid("policyNumber", "The policy number must have 1 to 40 characters.");
        }

        if (policy.ProductName.Length is 0 or > 200)
        {
            Invalid("productName", "The product name must have 1 to 200 characters.");
        }

        if (policy.SumInsured <= 0)
        {
            Invalid("sumInsured", "The sum insured must be positive.");
        }

        if (policy.Premium < 0)
        {
            Invalid("premium", "The premium must not be negative.");
        }

        if (policy.Currency.Length != 3 || !policy.Currency.All(char.IsAsciiLetterUpper))
        {
            Invalid("currency", "The currency must be an ISO 4217 code such as CNY.");
        }

        if (policy.EndDate <= policy.StartDate)
        {
            Invalid("endDate", "The end date must be after the start date.");
        }

        return errors;
    }

    private static Guid? ParseCustomer(string? globalId) =>
        GlobalId.TryDecode(globalId, out var type, out var id) && type == "Customer" ? id : null;
}
