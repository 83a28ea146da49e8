using Platform.Api.Callers;
using Platform.Api.Data;
using Platform.Api.Relay;
using Platform.Domain.Entities;
using Platform.Domain.Interactions;
using Platform.Domain.Tenancy;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.Api.Administration.Tenants;

/// <summary>Binds the tenant registry: <c>tenants</c>, <c>myTenant</c>, the tenant mutations and the <c>Tenant</c> type.</summary>
internal static class TenantSchema
{
    /// <summary>Global id type name of tenants.</summary>
    public const string TypeName = "Tenant";

    public static SchemaBuilder Bind(SchemaBuilder b)
    {
        NodeTypes.Register<Tenant>(TypeName, LoadNodesAsync);
        return b
            .BindEnum<TenantStatus>("TenantStatus")
            .BindConnection("TenantConnection", "TenantEdge")
            .Bind("Query", "tenants", async c =>
            {
                var filter = c.GetArgument<IReadOnlyDictionary<string, object?>>("filter");
                var status = filter?.Get<TenantStatus?>("status");
                return await Registry(c).PageAsync(
                    PageRequest.From(c), status, filter?.Get<string>("slugPrefix"), c.GetArgument<IReadOnlyDictionary<string, object?>>("orderBy"), c.CancellationToken);
            })
            .Bind("Query", "myTenant", async c =>
                c.Caller().TenantId is { } own ? await Registry(c).FindAsync(own, c.CancellationToken) : null)
            .Bind("Mutation", "createTenant", async c =>
            {
                var input = AdministrationRequest.Input(c);
                var (tenant, error) = await Registry(c).CreateAsync(input.Get<string>("slug"), input.Get<string>("name"), input.Get<string>("timeZone"), c.CancellationToken);
                return AdministrationRequest.Payload("tenant", tenant, error);
            })
            .Bind("Mutation", "configureTenant", ConfigureAsync)
            .Bind("Mutation", "suspendTenant", c => SetStatusAsync(c, TenantStatus.Suspended))
            .Bind("Mutation", "reactivateTenant", c => SetStatusAsync(c, TenantStatus.Active))
            .Bind(TypeName, "id", c => ValueTask.FromResult<object?>(GlobalId.Encode(TypeName, ((Tenant)c.Source!).Id)))
            .Bind(TypeName, "slug", c => ValueTask.FromResult<object?>(((Tenant)c.Source!).Code))
            .Bind(TypeName, "callingWindows", c => ValueTask.FromResult<object?>(Windows((Tenant)c.Source!)))
            .Bind(TypeName, "holidays", c => CalendarAsync(c, CalendarDayKind.Holiday))
            .Bind(TypeName, "makeUpWorkingDays", c => CalendarAsync(c, CalendarDayKind.WorkingDay))
            .Bind("CalendarDay", "date", c => ValueTask.FromResult<object?>(((TenantCalendarDay)c.Source!).Day));
    }

    private static TenantRegistry Registry(IResolveFieldContext c) => c.RequestServices.GetRequiredService<TenantRegistry>();

    private static async ValueTask<object?> ConfigureAsync(IResolveFieldContext c)
    {
        var input = AdministrationRequest.Input(c);
        var caller = c.Caller();
        var named = input.Id("tenantId", TypeName);
        Guid tenantId;
        if (caller.Has(Role.PlatformAdmin) && caller.TenantId is null)
        {
            if (named is not { } target)
            {
                return AdministrationRequest.Payload("tenant", null, AdministrationError.Invalid("tenantId", "A platform admin names the tenant to configure."));
            }

            tenantId = target;
        }
        else if (caller.TenantId is { } own && (named is null || named == own))
        {
            tenantId = own;
        }
        else
        {
            // Another tenant's id is answered like an unknown one.
            return AdministrationRequest.Payload("tenant", null, AdministrationError.TenantNotFound());
        }

        var (windows, windowError) = ReadWindows(input);
        if (windowError is not null)
        {
            return AdministrationRequest.Payload("tenant", null, windowError);
        }

        var change = new TenantConfiguration(
            input.Get<string>("timeZone"),
            input.ContainsKey("holidays") && input["holidays"] is not null ? Days(input, "holidays") : null,
            input.ContainsKey("makeUpWorkingDays") && input["makeUpWorkingDays"] is not null ? Days(input, "makeUpWorkingDays") : null,
            windows);
        var (tenant, error) = await Registry(c).ConfigureAsync(tenantId, change, c.CancellationToken);
        return AdministrationRequest.Payload("tenant", tenant, error);
    }

    private static async ValueTask<object?> SetStatusAsync(IResolveFieldContext c, TenantStatus status)
    {
        var tenantId = AdministrationRequest.Input(c).Id("tenantId", TypeName)!.Value;
        var (tenant, error) = await Registry(c).SetStatusAsync(tenantId, status, c.CancellationToken);
        return AdministrationRequest.Payload("tenant", tenant, error);
    }

    private static IReadOnlyList<CalendarDayEntry> Days(IReadOnlyDictionary<string, object?> input, string name) =>
        input.List<IReadOnlyDictionary<string, object?>>(name)
            .Select(d => new CalendarDayEntry(d.Get<DateOnly>("date"), d.Get<string>("name")?.Trim() ?? ""))
            .ToList();

    private static (CallingWindowSettings? Windows, AdministrationError? Error) ReadWindows(IReadOnlyDictionary<string, object?> input)
    {
        if (input.Get<IReadOnlyDictionary<string, object?>>("callingWindows") is not { } windows)
        {
            return (null, null);
        }

        var (working, workingError) = ReadWindow(windows.Get<IReadOnlyDictionary<string, object?>>("workingDays"), "callingWindows.workingDays");
        var (other, otherError) = ReadWindow(windows.Get<IReadOnlyDictionary<string, object?>>("otherDays"), "callingWindows.otherDays");
        var error = workingError ?? otherError;
        return error is not null ? (null, error) : (new CallingWindowSettings(working, other), null);
    }

    private static (DailyWindow Window, AdministrationError? Error) ReadWindow(IReadOnlyDictionary<string, object?>? window, string field)
    {
        if (window is not null
            && TimeOnly.TryParseExact(window.Get<string>("start"), "HH:mm", out var start)
            && TimeOnly.TryParseExact(window.Get<string>("end"), "HH:mm", out var end))
        {
            return (new DailyWindow(start, end), null);
        }

        return (default, AdministrationError.Invalid(field, "Times are written HH:mm, e.g. 08:30."));
    }

    private static Dictionary<string, object?> Windows(Tenant t) => new()
    {
        ["workingDays"] = Window(t.WorkingDayCallsFrom, t.WorkingDayCallsUntil),
        ["otherDays"] = Window(t.OtherDayCallsFrom, t.OtherDayCallsUntil),
    };

    private static Dictionary<string, object?> Window(TimeOnly start, TimeOnly end) => new()
    {
        ["start"] = start.ToString("HH:mm"),
        ["end"] = end.ToString("HH:mm"),
    };

    private static async ValueTask<object?> CalendarAsync(IResolveFieldContext c, CalendarDayKind kind)
    {
        var tenant = (Tenant)c.Source!;
        var days = await Registry(c).CalendarAsync(tenant.Id, c.CancellationToken);
        return days.Where(d => d.Kind == kind).ToList();
    }

    // node(id:) of a Tenant: a tenant admin sees their own tenant; platform admins list tenants with `tenants`.
    private static async Task<IReadOnlyDictionary<Guid, object>> LoadNodesAsync(OperationWork work, OperationCaller caller, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        if (caller.TenantId is not { } own || !ids.Contains(own))
        {
            return new Dictionary<Guid, object>();
        }

        var db = await work.DbAsync(ct);
        var tenant = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(db.Tenants, t => t.Id == own, ct);
        return tenant is null ? new Dictionary<Guid, object>() : new Dictionary<Guid, object> { [own] = tenant };
    }
}
