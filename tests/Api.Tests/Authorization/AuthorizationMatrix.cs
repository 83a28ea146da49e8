using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Confidentiality;
using Platform.Api.Events;
using Platform.Api.Relay;
using Platform.Api.Schema;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Infrastructure;
using Platform.Domain.Confidentiality;
using Platform.Domain.Entities;
using Platform.GraphQL.Types;
using ApiRole = Platform.Api.Callers.Role;
using GraphSchema = Platform.GraphQL.Types.Schema;

namespace Platform.Api.Tests.Authorization;

/// <summary>A caller of the matrix: a role's seeded actor, the platform admin, or a caller of the foreign tenant.</summary>
public sealed record MatrixCaller(string Name, IReadOnlyCollection<ApiRole> Roles, string Token, bool Foreign)
{
    /// <summary>The single role of a role's actor (null for the foreign caller, who holds every tenant role).</summary>
    public ApiRole? Role => !Foreign && Roles.Count == 1 ? Roles.First() : null;

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>
/// Runs the authorization matrix against the real API and records, per cell (caller × type × field), whether the
/// answer matches what the schema's directives decide: visible, masked or full (@pii, R-PII-02/03), denied (null with
/// FORBIDDEN at the field's path), refused (a root field's FORBIDDEN), absent (a node the caller may not see, no error)
/// or unauthenticated (HTTP 401). Mismatches are collected, not thrown, so one run lists all of them.
/// </summary>
public sealed class AuthorizationMatrix
{
    private readonly GraphSchema _schema;
    private readonly ApiStack _stack;
    private readonly EveryTypeData _home;
    private readonly ArgumentLiterals _arguments;
    private readonly Dictionary<Guid, Customer> _customers;
    private readonly HashSet<Guid> _homeIds;

    /// <summary>Prepares a run over the home tenant; customers of both tenants are known for @pii expectations.</summary>
    public AuthorizationMatrix(GraphSchema schema, ApiStack stack, EveryTypeData home, EveryTypeData foreign, IEnumerable<Guid> homeIds)
    {
        _schema = schema;
        _stack = stack;
        _home = home;
        _arguments = new ArgumentLiterals(home.Insurer.Agent1Id, DateOnly.FromDateTime(DateTime.UtcNow));
        _customers = home.Insurer.Customers.Concat(foreign.Insurer.Customers).ToDictionary(c => c.Id);
        _homeIds = [.. homeIds];
    }

    /// <summary>Everything that differs from the schema's decisions, one line each.</summary>
    public List<string> Mismatches { get; } = [];

    /// <summary>Checked cells per outcome.</summary>
    public Dictionary<string, int> Outcomes { get; } = [];

    /// <summary>The outcomes seen per checked cell (caller × type × field).</summary>
    public Dictionary<(string Caller, string Type, string Field), SortedSet<string>> Cells { get; } = [];

    /// <summary>Object types that appeared in checked answers.</summary>
    public HashSet<string> SeenTypes { get; } = [];

    /// <summary>Fields the query generator had to leave out (an argument it cannot write).</summary>
    public HashSet<string> Unfillable { get; } = [];

    /// <summary>(caller, mutation) pairs the directives admit; not run, because they would change data.</summary>
    public int AllowedMutationsNotRun { get; private set; }

    /// <summary>Requests sent.</summary>
    public int Requests { get; private set; }

    /// <summary>Every Query root field except node/nodes, with the whole reachable tree below it.</summary>
    public async Task QueryRootsAsync(MatrixCaller caller)
    {
        var roots = _schema.QueryType.Fields.Where(f => f.Name is not "node" and not "nodes").ToList();

        // A refused non-null root nulls the whole answer and ends the operation, so each refusal has its own request.
        var refused = roots.Where(r => !Allowed(_schema.QueryType, r, caller)).ToList();
        foreach (var root in refused)
        {
            var response = await PostAsync(caller.Token, "{ " + Shallow(root) + " }");
            ExpectRefused(caller, _schema.QueryType, root, response);
            foreach (var error in response.Errors.Where(e => e.Path != root.Name))
            {
                Mismatch(caller, "Query." + root.Name, $"unexpected error at {error.Path}: {error.Code} {error.Message}");
            }
        }

        foreach (var root in roots.Except(refused))
        {
            var builder = new SelectionBuilder(_schema, _arguments);
            var selection = builder.Build(_schema.QueryType, root, root.Name);
            Unfillable.UnionWith(builder.Unfillable);
            var entry = "Query." + root.Name;
            var response = await PostAsync(caller.Token, "{ " + selection.Render() + " }");

            if (response.Data is not { ValueKind: JsonValueKind.Object } data || data.GetProperty(root.Name).ValueKind == JsonValueKind.Null)
            {
                // The foreign caller's arguments name home rows (a staff id): null is the isolation's answer.
                if (caller.Foreign && root.Type is not NonNullType && response.Data is { ValueKind: JsonValueKind.Object } && response.Errors.Count == 0)
                {
                    Cell(caller, "Query", root.Name, "absent");
                }
                else
                {
                    Mismatch(caller, entry, $"allowed by @authorize but not answered: {response.ErrorText()}");
                }

                continue;
            }

            CheckField(caller, entry, _schema.QueryType, selection, data, "", response);
            Leftovers(caller, entry, selection, response);
            if (caller.Foreign)
            {
                NoHomeData(caller, entry, data);
            }
        }
    }

    /// <summary>
    /// <c>node(id:)</c> with the seeded sample of every Node type (all fields of the type and what they reach), and
    /// one <c>nodes(ids:)</c> with all samples.
    /// </summary>
    public async Task NodesAsync(MatrixCaller caller, IReadOnlyDictionary<string, Func<EveryTypeData, ApiRole?, Guid>> samples, IReadOnlyDictionary<(string, ApiRole), string> outOfScope)
    {
        var node = _schema.QueryType.GetField("node")!;
        var expected = new List<(string Id, bool Visible)>();
        foreach (var type in SchemaWalk.NodeTypes(_schema))
        {
            var entry = $"node({type.Name})";
            if (!samples.TryGetValue(type.Name, out var sample))
            {
                Mismatch(caller, entry, "no seeded sample id: add one to AuthorizationMatrixTests.Samples");
                continue;
            }

            var id = GlobalId.Encode(type.Name, sample(_home, caller.Role));
            var visible = !caller.Foreign && AuthorizeDirective.AllowsType(type, caller.Roles)
                && !(caller.Role is { } role && outOfScope.ContainsKey((type.Name, role)));
            expected.Add((id, visible));
            var builder = new SelectionBuilder(_schema, _arguments);
            var selection = builder.Build(_schema.QueryType, node, "node", $"(id: \"{id}\")", only: type);
            Unfillable.UnionWith(builder.Unfillable);
            var response = await PostAsync(caller.Token, "{ " + selection.Render() + " }");
            var value = response.Data is { ValueKind: JsonValueKind.Object } data ? data.GetProperty("node") : default;
            if (!visible)
            {
                if (value.ValueKind == JsonValueKind.Null && response.Errors.Count == 0)
                {
                    Cell(caller, type.Name, "node(id:)", "absent");
                }
                else
                {
                    Mismatch(caller, entry, $"must not see the node (null, no error): {Describe(value, response.Errors)}");
                }

                continue;
            }

            if (value.ValueKind != JsonValueKind.Object)
            {
                Mismatch(caller, entry, $"must see its seeded {type.Name}: {Describe(value, response.Errors)}");
                continue;
            }

            CheckField(caller, entry, _schema.QueryType, selection, response.Data!.Value, "", response);
            Leftovers(caller, entry, selection, response);
        }

        var list = await PostAsync(caller.Token, $"{{ nodes(ids: [{string.Join(", ", expected.Select(e => $"\"{e.Id}\""))}]) {{ __typename id }} }}");
        var nodes = list.Data is { ValueKind: JsonValueKind.Object } listData ? listData.GetProperty("nodes") : default;
        if (nodes.ValueKind != JsonValueKind.Array || nodes.GetArrayLength() != expected.Count || list.Errors.Count > 0)
        {
            Mismatch(caller, "nodes(ids:)", $"expected {expected.Count} positions without errors: {Describe(nodes, list.Errors)}");
            return;
        }

        foreach (var (item, (id, visible)) in nodes.EnumerateArray().Zip(expected))
        {
            GlobalId.TryDecode(id, out var typeName, out _);
            var seen = item.ValueKind == JsonValueKind.Object && item.GetProperty("id").GetString() == id;
            if (seen == visible && (visible || item.ValueKind == JsonValueKind.Null))
            {
                Cell(caller, typeName, "nodes(ids:)", visible ? "visible" : "absent");
            }
            else
            {
                Mismatch(caller, $"nodes(ids:) [{typeName}]", $"expected {(visible ? "the node" : "null")}, got {item}");
            }
        }
    }

    /// <summary>Every mutation the caller's roles do not admit is refused (allowed ones are not run: they would change data).</summary>
    public async Task MutationsAsync(MatrixCaller caller)
    {
        foreach (var mutation in _schema.MutationType?.Fields ?? [])
        {
            if (Allowed(_schema.MutationType!, mutation, caller))
            {
                AllowedMutationsNotRun++;
                continue;
            }

            var entry = "Mutation." + mutation.Name;
            if (_arguments.For(mutation) is not { } arguments)
            {
                Unfillable.Add(entry);
                continue;
            }

            var response = await PostAsync(caller.Token, $"mutation {{ {mutation.Name}{arguments} {{ __typename }} }}");
            ExpectRefused(caller, _schema.MutationType!, mutation, response);
            foreach (var error in response.Errors.Where(e => e.Path != mutation.Name))
            {
                Mismatch(caller, entry, $"unexpected error at {error.Path}: {error.Code} {error.Message}");
            }
        }
    }

    /// <summary>
    /// Each subscription root over graphql-transport-ws: an admitted one registers with the tenant's event feed, a
    /// refused one gets an <c>error</c> message with FORBIDDEN.
    /// </summary>
    public async Task SubscriptionsAsync(MatrixCaller caller, Guid? tenant)
    {
        var feed = _stack.ApiServices.GetRequiredService<OutboxFeed>();
        var fields = _schema.SubscriptionType?.Fields ?? [];
        await using var socket = await GraphQLSocket.ConnectAsync(_stack);
        await socket.InitAsync(new { authorization = "Bearer " + caller.Token });
        if (await socket.ReceiveAsync(TimeSpan.FromSeconds(10)) is not { } ack || ack.GetProperty("type").GetString() != "connection_ack")
        {
            Mismatch(caller, "Subscription", $"the socket was not acknowledged ({socket.CloseStatus} {socket.CloseReason})");
            return;
        }

        var refused = new List<string>();
        foreach (var field in fields.OrderByDescending(f => Allowed(_schema.SubscriptionType!, f, caller)))
        {
            var query = $"subscription {{ {field.Name}{_arguments.For(field)} {{ __typename }} }}";
            if (!Allowed(_schema.SubscriptionType!, field, caller))
            {
                refused.Add(field.Name);
                await socket.SendAsync(new { id = field.Name, type = "subscribe", payload = new { query } });
                continue;
            }

            var before = tenant is { } t ? feed.SubscriberCount(t) : 0;
            await socket.SendAsync(new { id = field.Name, type = "subscribe", payload = new { query } });
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (tenant is { } id && feed.SubscriberCount(id) <= before && DateTime.UtcNow < deadline)
            {
                await Task.Delay(10);
            }

            if (tenant is { } registered && feed.SubscriberCount(registered) > before)
            {
                Cell(caller, "Subscription", field.Name, "visible");
            }
            else
            {
                Mismatch(caller, "Subscription." + field.Name, "allowed by @authorize but not registered with the event feed");
            }
        }

        // Refusals answer at once; an admitted subscription that was wrongly refused shows up here too.
        var pending = refused.ToHashSet();
        while (pending.Count > 0)
        {
            if (await socket.ReceiveAsync(TimeSpan.FromSeconds(10)) is not { } message)
            {
                Mismatch(caller, "Subscription", $"socket closed before the refusals of {string.Join(", ", pending)}");
                return;
            }

            var id = message.TryGetProperty("id", out var i) ? i.GetString() ?? "" : "";
            var code = message.GetProperty("type").GetString() == "error" ? message.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString() : null;
            if (pending.Remove(id) && code == AuthorizeDirective.Forbidden)
            {
                Cell(caller, "Subscription", id, "refused");
            }
            else if (message.GetProperty("type").GetString() is not ("ping" or "pong"))
            {
                Mismatch(caller, "Subscription." + id, $"expected an error with FORBIDDEN, got {message}");
            }
        }
    }

    /// <summary>
    /// The events themselves: every admitted caller of the home tenant subscribes to each subscription with the widest
    /// selection, <paramref name="trigger"/> then raises a status change every admitted role may receive and a
    /// green-channel alert (R-CMP-01, R-CMP-03), and each first event is checked field by field like a query answer.
    /// The foreign tenant's caller, subscribed the same way, must receive nothing (R-TEN-01).
    /// </summary>
    public async Task EventsAsync(IEnumerable<(MatrixCaller Caller, Guid? Tenant)> callers, Func<Task> trigger)
    {
        var subscription = _schema.SubscriptionType;
        if (subscription is null)
        {
            return;
        }

        var feed = _stack.ApiServices.GetRequiredService<OutboxFeed>();
        var open = new List<(MatrixCaller Caller, Selection Selection, GraphQLSocket Socket)>();
        try
        {
            foreach (var (caller, tenant) in callers.Where(c => c.Tenant is not null))
            {
                foreach (var field in subscription.Fields.Where(f => Allowed(subscription, f, caller)))
                {
                    var builder = new SelectionBuilder(_schema, _arguments);
                    var selection = builder.Build(subscription, field, field.Name);
                    Unfillable.UnionWith(builder.Unfillable);
                    var before = feed.SubscriberCount(tenant!.Value);
                    var socket = await GraphQLSocket.ConnectAsync(_stack);
                    open.Add((caller, selection, socket));
                    await socket.InitAsync(new { authorization = "Bearer " + caller.Token });
                    if (await socket.ReceiveAsync(TimeSpan.FromSeconds(10)) is not { } ack || ack.GetProperty("type").GetString() != "connection_ack")
                    {
                        Mismatch(caller, "Subscription." + field.Name, $"the socket was not acknowledged ({socket.CloseStatus} {socket.CloseReason})");
                        continue;
                    }

                    Requests++;
                    await socket.SendAsync(new { id = "e", type = "subscribe", payload = new { query = "subscription { " + selection.Render() + " }" } });
                    await Subscriber.Eventually(() => feed.SubscriberCount(tenant.Value) > before, $"{caller} · Subscription.{field.Name} was not registered");
                }
            }

            await trigger();
            foreach (var (caller, selection, socket) in open)
            {
                var entry = $"Subscription.{selection.Key} event";
                if (caller.Foreign)
                {
                    await NothingArrivesAsync(caller, entry, socket);
                    continue;
                }

                var message = await socket.ReceiveAsync(TimeSpan.FromSeconds(10));
                if (message is not { } next || next.GetProperty("type").GetString() != "next")
                {
                    Mismatch(caller, entry, $"expected the event, got {message?.ToString() ?? "a closed socket"}");
                    continue;
                }

                var payload = new Response(next.GetProperty("payload"));
                if (payload.Data is not { ValueKind: JsonValueKind.Object } data)
                {
                    Mismatch(caller, entry, $"event without data: {payload.ErrorText()}");
                    continue;
                }

                CheckField(caller, entry, subscription, selection, data, "", payload);
                Leftovers(caller, entry, selection, payload, subscription);
            }
        }
        finally
        {
            foreach (var (_, _, socket) in open)
            {
                await socket.DisposeAsync();
            }
        }
    }

    // Waiting for a message that must not come ends in a cancelled receive, which is the expected outcome.
    private async Task NothingArrivesAsync(MatrixCaller caller, string entry, GraphQLSocket socket)
    {
        try
        {
            var message = await socket.ReceiveAsync(TimeSpan.FromMilliseconds(700));
            Mismatch(caller, entry, $"received {message?.ToString() ?? "a close"} from another tenant's complaint");
        }
        catch (OperationCanceledException)
        {
            Cell(caller, "Subscription", entry, "absent");
        }
    }

    /// <summary>Without a token every operation is refused with HTTP 401, and a socket without one is closed with 4403.</summary>
    public async Task AnonymousAsync(IReadOnlyDictionary<string, Func<EveryTypeData, ApiRole?, Guid>> samples)
    {
        var operations = _schema.QueryType.Fields.Where(f => f.Name is not "node" and not "nodes")
            .Select(f => (Type: "Query", Field: f.Name, Operation: "{ " + Shallow(f) + " }"))
            .Concat(samples.Select(s => (Type: s.Key, Field: "node(id:)", Operation: $"{{ node(id: \"{GlobalId.Encode(s.Key, s.Value(_home, null))}\") {{ id }} }}")))
            .Concat((_schema.MutationType?.Fields ?? []).Select(m => (Type: "Mutation", Field: m.Name, Operation: "mutation { " + Shallow(m) + " }")));
        foreach (var (type, field, operation) in operations)
        {
            Requests++;
            using var response = await _stack.GraphQLAsync(operation, token: null);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                Cell("anonymous", type, field, "unauthenticated");
            }
            else
            {
                Mismatch("anonymous", $"{type}.{field}", $"expected HTTP 401, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }

        await using var socket = await GraphQLSocket.ConnectAsync(_stack);
        await socket.InitAsync(payload: null);
        var messages = await socket.ReceiveUntilClosedAsync(TimeSpan.FromSeconds(30));
        if (messages.Count == 0 && socket.CloseStatus == 4403)
        {
            Cell("anonymous", "Subscription", "connection_init", "unauthenticated");
        }
        else
        {
            Mismatch("anonymous", "Subscription", $"expected the socket closed with 4403 and no message, got {socket.CloseStatus} after {messages.Count} messages");
        }
    }

    // The field with its arguments and only __typename below it.
    private string Shallow(FieldDefinition field) =>
        field.Name + _arguments.For(field) + (field.Type.GetNamedType().IsLeaf ? "" : " { __typename }");

    private bool Allowed(ObjectType parent, FieldDefinition field, MatrixCaller caller) =>
        AuthorizeDirective.Allows(AuthorizeDirective.Requirements(parent, field), caller.Roles);

    private void ExpectRefused(MatrixCaller caller, ObjectType rootType, FieldDefinition root, Response response)
    {
        var errors = response.At(root.Name).ToList();
        var nulled = response.Data is not { ValueKind: JsonValueKind.Object } data || data.GetProperty(root.Name).ValueKind == JsonValueKind.Null;
        if (nulled && errors.Count == 1 && errors[0].Code == AuthorizeDirective.Forbidden)
        {
            Cell(caller, rootType.Name, root.Name, "refused");
        }
        else
        {
            Mismatch(caller, rootType.Name + "." + root.Name, $"must be refused (FORBIDDEN at {root.Name}, no data): {Describe(response.Data ?? default, response.Errors)}");
        }
    }

    // One field at one position of the answer; recurses into what is selected below it.
    private void CheckField(MatrixCaller caller, string entry, ObjectType parent, Selection selection, JsonElement owner, string path, Response response)
    {
        var at = path.Length == 0 ? selection.Key : path + "/" + selection.Key;
        var errors = response.Take(at);
        var name = parent.Name + "." + selection.Field.Name;
        if (!owner.TryGetProperty(selection.Key, out var value))
        {
            Mismatch(caller, entry, $"{at}: missing from the answer");
            return;
        }

        var expected = Allowed(parent, selection.Field, caller) ? "visible" : "denied";
        string? raw = null, masked = null;
        if (expected == "visible" && PiiDirective.KindOf(selection.Field) is { } kind)
        {
            if (PiiCustomer(parent, owner) is not { } customer)
            {
                Mismatch(caller, entry, $"{at}: {name} is @pii but the matrix knows no raw value for it: teach it whose data {parent.Name} holds");
                return;
            }

            raw = RawValue(customer, selection.Field.Name);
            masked = PiiMasking.Mask(kind, raw);
            // A null value stays null whatever the clearance; the directive decides nothing for it.
            expected = raw is null ? "visible" : ExpectedPii(caller, customer.Id);
        }

        if (expected == "denied")
        {
            if (value.ValueKind == JsonValueKind.Null && errors.Count > 0 && errors.All(e => e.Code == AuthorizeDirective.Forbidden))
            {
                Cell(caller, parent.Name, selection.Field.Name, "denied");
            }
            else
            {
                Mismatch(caller, entry, $"{at}: {name} must be denied (null + FORBIDDEN) for {caller}, got {Describe(value, errors)}");
            }

            return;
        }

        if (errors.Count > 0)
        {
            Mismatch(caller, entry, $"{at}: {name} must be {expected} for {caller}, got {Describe(value, errors)}");
            return;
        }

        if (raw is null && PiiDirective.KindOf(selection.Field) is not null && value.ValueKind != JsonValueKind.Null)
        {
            Mismatch(caller, entry, $"{at}: {name} is empty in the seed but answered {value}");
            return;
        }

        if (expected is "full" or "masked")
        {
            var want = expected == "full" ? raw : masked;
            if (value.ValueKind != JsonValueKind.String || value.GetString() != want || (expected == "masked" && masked == raw))
            {
                Mismatch(caller, entry, $"{at}: {name} must be {expected} ({want}) for {caller}, got {value}");
                return;
            }
        }

        Cell(caller, parent.Name, selection.Field.Name, expected);
        if (selection.IsLeaf || value.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                CheckObject(caller, entry, selection, item, at + "/" + index++.ToString(CultureInfo.InvariantCulture), response);
            }
        }
        else
        {
            CheckObject(caller, entry, selection, value, at, response);
        }
    }

    private void CheckObject(MatrixCaller caller, string entry, Selection selection, JsonElement value, string at, Response response)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return; // a null list item: an error below it nulled it, judged with the leftovers
        }

        var typeName = value.GetProperty("__typename").GetString()!;
        if (!selection.ByType.TryGetValue(typeName, out var children) || _schema.GetType(typeName) is not ObjectType type)
        {
            Mismatch(caller, entry, $"{at}: unexpected type {typeName}");
            return;
        }

        SeenTypes.Add(typeName);
        foreach (var child in children)
        {
            CheckField(caller, entry, type, child, value, at, response);
        }
    }

    // Errors not met on the walk: a denied non-null field nulls its parent, so its error is only here.
    private void Leftovers(MatrixCaller caller, string entry, Selection root, Response response, ObjectType? rootType = null)
    {
        var index = new Dictionary<string, List<(ObjectType Parent, Selection Selection)>>();
        void Walk(ComplexType parent, Selection selection, string path)
        {
            var at = path.Length == 0 ? selection.Key : path + "/" + selection.Key;
            if (parent is ObjectType objectType)
            {
                (index.TryGetValue(at, out var list) ? list : index[at] = []).Add((objectType, selection));
            }

            foreach (var (typeName, children) in selection.ByType)
            {
                foreach (var child in children)
                {
                    Walk((ComplexType)_schema.GetType(typeName)!, child, at);
                }
            }
        }

        Walk(rootType ?? _schema.QueryType, root, "");
        foreach (var error in response.Errors.Where(e => !e.Consumed))
        {
            var key = string.Join("/", error.Path.Split('/').Where(p => !p.All(char.IsAsciiDigit)));
            var denied = index.GetValueOrDefault(key)?.FirstOrDefault(s => !Allowed(s.Parent, s.Selection.Field, caller));
            if (error.Code == AuthorizeDirective.Forbidden && denied is { Selection: not null } found)
            {
                Cell(caller, found.Parent.Name, found.Selection.Field.Name, "denied");
            }
            else
            {
                Mismatch(caller, entry, $"unexpected error at {error.Path}: {error.Code} {error.Message}");
            }
        }
    }

    // The foreign caller's answers must hold no id of the home tenant, whatever field carries it.
    private void NoHomeData(MatrixCaller caller, string entry, JsonElement data)
    {
        foreach (var text in Strings(data))
        {
            var id = GlobalId.TryDecode(text, out _, out var local) ? local : Guid.TryParse(text, out var raw) ? raw : Guid.Empty;
            if (id != Guid.Empty && _homeIds.Contains(id))
            {
                Mismatch(caller, entry, $"the home tenant's id {text} reached a caller of another tenant (R-TEN-01)");
            }
        }
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    private Customer? PiiCustomer(ObjectType parent, JsonElement owner) =>
        parent.Name == "Customer" && owner.TryGetProperty("id", out var id) && GlobalId.TryDecode(id.GetString(), out _, out var local)
            ? _customers.GetValueOrDefault(local)
            : null;

    // R-PII-03, written from the rule: compliance sees everything in full, a handler the customers of complaints
    // assigned to them, an agent the customer of their ongoing verified call, a customer only themself (others
    // denied); trainers and callers without a staff role see no customer data; other staff see masked values.
    private string ExpectedPii(MatrixCaller caller, Guid customer)
    {
        var roles = caller.Roles;
        var staff = roles.Where(r => r is not (ApiRole.Customer or ApiRole.PlatformAdmin)).ToList();
        if (staff.Count == 0)
        {
            return roles.Contains(ApiRole.Customer) && !caller.Foreign && customer == _home.Insurer.SelfServiceCustomer.Id ? "full" : "denied";
        }

        if (staff.Contains(ApiRole.ComplianceOfficer)
            || (staff.Contains(ApiRole.ComplaintHandler) && !caller.Foreign && _home.HandledCustomers.Contains(customer))
            || (staff.Contains(ApiRole.Agent) && !caller.Foreign && customer == _home.VerifiedCustomer))
        {
            return "full";
        }

        return staff.All(r => r == ApiRole.Trainer) ? "denied" : "masked";
    }

    private static string? RawValue(object entity, string field)
    {
        var property = entity.GetType().GetProperties().Single(p => string.Equals(p.Name, field, StringComparison.OrdinalIgnoreCase));
        return property.GetValue(entity) switch
        {
            null => null,
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            var v => Convert.ToString(v, CultureInfo.InvariantCulture),
        };
    }

    private void Cell(MatrixCaller caller, string type, string field, string outcome) => Cell(caller.Name, type, field, outcome);

    private void Cell(string caller, string type, string field, string outcome)
    {
        (Cells.TryGetValue((caller, type, field), out var seen) ? seen : Cells[(caller, type, field)] = []).Add(outcome);
        Outcomes[outcome] = Outcomes.GetValueOrDefault(outcome) + 1;
    }

    private void Mismatch(MatrixCaller caller, string entry, string what) => Mismatch(caller.Name, entry, what);

    private void Mismatch(string caller, string entry, string what) => Mismatches.Add($"{caller} · {entry} · {what}");

    private static string Describe(JsonElement value, IReadOnlyCollection<ResponseError> errors) =>
        (value.ValueKind == JsonValueKind.Undefined ? "no data" : Shorten(value.ToString())) + (errors.Count == 0 ? ", no error" : ", errors: " + string.Join("; ", errors.Select(e => $"{e.Code} at {e.Path}")));

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + "…";

    private async Task<Response> PostAsync(string token, string query)
    {
        Requests++;
        return new Response(await Tokens.QueryAsync(_stack, token, query));
    }

    /// <summary>One error of an answer, with its path as <c>a/b/0/c</c>.</summary>
    public sealed record ResponseError(string Path, string? Code, string Message)
    {
        /// <summary>Set once a check has looked at the error.</summary>
        public bool Consumed { get; set; }
    }

    /// <summary>An answer's data and errors.</summary>
    public sealed class Response
    {
        /// <summary>Reads an answer body.</summary>
        public Response(JsonElement body)
        {
            Data = body.TryGetProperty("data", out var data) ? data : null;
            if (body.TryGetProperty("errors", out var errors))
            {
                foreach (var error in errors.EnumerateArray())
                {
                    var path = error.TryGetProperty("path", out var p) ? string.Join("/", p.EnumerateArray().Select(x => x.ToString())) : "";
                    var code = error.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null;
                    Errors.Add(new ResponseError(path, code, error.GetProperty("message").GetString() ?? ""));
                }
            }
        }

        /// <summary>The data, when the answer has some (possibly null).</summary>
        public JsonElement? Data { get; }

        /// <summary>All errors.</summary>
        public List<ResponseError> Errors { get; } = [];

        /// <summary>The errors at exactly this path.</summary>
        public IEnumerable<ResponseError> At(string path) => Errors.Where(e => e.Path == path);

        /// <summary>The errors at this path, marked as looked at.</summary>
        public List<ResponseError> Take(string path)
        {
            var found = At(path).ToList();
            found.ForEach(e => e.Consumed = true);
            return found;
        }

        /// <summary>The errors as text, for messages.</summary>
        public string ErrorText() => Errors.Count == 0 ? "no errors" : string.Join("; ", Errors.Select(e => $"{e.Code} at {e.Path}: {e.Message}"));
    }
}
