using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Errors;
using Platform.Api.Relay;
using Platform.Api.Schema;
using Platform.Domain.Customers;
using Platform.Domain.Entities;
using Platform.Domain.Interactions;

namespace Platform.Api.Customers;

/// <summary>Creates and changes customers; invalid data is a payload error, never a top-level error.</summary>
public static class CustomerCommands
{
    /// <summary>A customer, or the errors that refused it.</summary>
    public sealed record Result(Customer? Customer, IReadOnlyList<UserError> Errors);

    /// <summary>Registers a customer.</summary>
    public static async Task<Result> CreateAsync(OperationWork work, IReadOnlyDictionary<string, object?> input, DateTimeOffset now, CancellationToken ct)
    {
        var customer = new Customer
        {
            TenantId = work.TenantId!.Value,
            Id = Guid.CreateVersion7(),
            Name = input.Get<string>("name")?.Trim() ?? "",
            Gender = input.GetValue<Gender>("gender") ?? Gender.Unknown,
            BirthDate = input.GetValue<DateOnly>("birthDate"),
            Occupation = Clean(input.Get<string>("occupation")),
            Phone = Clean(input.Get<string>("phone")),
            ReservedPhone = Clean(input.Get<string>("reservedPhone")),
            Email = Clean(input.Get<string>("email")),
            Address = Clean(input.Get<string>("address")),
            IdDocumentType = input.GetValue<IdDocumentType>("idDocumentType") ?? IdDocumentType.Other,
            IdNumber = Clean(input.Get<string>("idNumber")),
            RiskLevel = input.GetValue<RiskLevel>("riskLevel") ?? RiskLevel.Low,
            PreferredChannel = input.GetValue<InteractionChannel>("preferredChannel"),
            AcceptsMarketing = input.GetValue<bool>("acceptsMarketing") ?? false,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var errors = Validate(customer, now);
        if (errors.Count > 0)
        {
            return new Result(null, errors);
        }

        (await work.DbAsync(ct)).Customers.Add(customer);
        return new Result(customer, []);
    }

    /// <summary>Changes the given fields of a customer in the caller's scope.</summary>
    public static async Task<Result> UpdateAsync(OperationWork work, OperationCaller caller, IReadOnlyDictionary<string, object?> input, DateTimeOffset now, CancellationToken ct)
    {
        var notFound = new Result(null, [new UserError("CustomerNotFoundError", "CUSTOMER_NOT_FOUND", "No such customer.")]);
        if (!GlobalId.TryDecode(input.Get<string>("id"), out var type, out var id) || type != "Customer")
        {
            return notFound;
        }

        var scope = await RowScope.ForAsync(caller, work, ct);
        var db = await work.DbAsync(ct);
        var customer = await scope.Customers(db.Customers).AsTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (customer is null)
        {
            return notFound;
        }

        if (input.Has("name"))
        {
            customer.Name = input.Get<string>("name")?.Trim() ?? "";
        }

        if (input.Has("occupation"))
        {
            customer.Occupation = Clean(input.Get<string>("occupation"));
        }

        if (input.Has("phone"))
        {
            customer.Phone = Clean(input.Get<string>("phone"));
        }

        if (input.Has("email"))
        {
            customer.Email = Clean(input.Get<string>("email"));
        }

        if (input.Has("address"))
        {
            customer.Address = Clean(input.Get<string>("address"));
        }

        if (input.GetValue<RiskLevel>("riskLevel") is { } risk)
        {
            customer.RiskLevel = risk;
        }

        if (input.Has("preferredChannel"))
        {
            customer.PreferredChannel = input.GetValue<InteractionChannel>("preferredChannel");
        }

        if (input.GetValue<bool>("acceptsMarketing") is { } marketing)
        {
            customer.AcceptsMarketing = marketing;
        }

        var errors = Validate(customer, now);
        if (errors.Count > 0)
        {
            // Nothing is saved: the mutation's transaction commits only tracked changes, so detach the edited row.
            db.Entry(customer).State = EntityState.Detached;
            return new Result(null, errors);
        }

        customer.UpdatedAt = now;
        return new Result(customer, []);
    }

    private static List<UserError> Validate(Customer customer, DateTimeOffset now)
    {
        var errors = new List<UserError>();
        void Invalid(string field, string message) =>
            errors.Add(new UserError("CustomerInvalidError", "CUSTOMER_INVALID", message, new Dictionary<string, object?> { ["field"] = field }));

        if (customer.Name.Length is 0 or > 200)
        {
            Invalid("name", "The name must have 1 to 200 characters.");
        }

        if (customer.Phone is { } phone && !IsPhone(phone))
        {
            Invalid("phone", "The phone number may hold only digits, spaces, '+' and '-' (5 to 20 digits).");
        }

        if (customer.ReservedPhone is { } reserved && !IsPhone(reserved))
        {
            Invalid("reservedPhone", "The reserved phone number may hold only digits, spaces, '+' and '-' (5 to 20 digits).");
        }

        if (customer.Email is { } email && (email.Length > 254 || email.IndexOf('@') is <= 0 || email.EndsWith('@') || email.Contains(' ')))
        {
            Invalid("email", "The email address is not valid.");
        }

        if (customer.IdNumber is { } idNumber && (idNumber.Length is < 5 or > 32 || !idNumber.All(char.IsAsciiLetterOrDigit)))
        {
            Invalid("idNumber", "The ID number must have 5 to 32 letters or digits.");
        }

        if (customer.BirthDate is { } born && born > DateOnly.FromDateTime(now.UtcDateTime))
        {
            Invalid("birthDate", "The birth date lies in the future.");
        }

        if (customer.Address is { Length: > 500 } || customer.Occupation is { Length: > 200 })
        {
            Invalid(customer.Address is { Length: > 500 } ? "address" : "occupation", "The text is too long.");
        }

        return errors;
    }

    private static bool IsPhone(string value)
    {
        var digits = value.Count(char.IsAsciiDigit);
        return digits is >= 5 and <= 20 && value.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-');
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
