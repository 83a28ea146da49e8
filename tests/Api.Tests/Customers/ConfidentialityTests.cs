using System.Text.Json;
using Npgsql;
using Platform.Api.Tests.Infrastructure;
using Platform.Domain.Confidentiality;
using Platform.Domain.Customers;
using Platform.Domain.Entities;
using Platform.Domain.Persistence;

namespace Platform.Api.Tests.Customers;

/// <summary>Masking versus clearance of personal data, and the access log of full sensitive reads, over HTTP.</summary>
[Collection(ApiCollection.Name)]
public sealed class ConfidentialityTests(ApiEnvironment environment)
{
    private const string Fields = "name phone email idNumber bankAccount healthInformation birthDate";

    [Fact]
    public async Task An_agent_without_a_verified_interaction_sees_masked_values_and_nothing_is_logged_R_PII_02()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "pii-mask");
        var customer = data.Customers[3];

        var seen = await ReadAsync(data, await data.TokenAsync("agent1", "AGENT"), customer);

        Assert.Equal(PiiMasking.Mask(PiiKind.Phone, customer.Phone), seen.GetProperty("phone").GetString());
        Assert.Equal(PiiMasking.Mask(PiiKind.IdNumber, customer.IdNumber), seen.GetProperty("idNumber").GetString());
        Assert.Equal(PiiMasking.Mask(PiiKind.Email, customer.Email), seen.GetProperty("email").GetString());
        Assert.NotEqual(customer.Phone, seen.GetProperty("phone").GetString());
        Assert.NotEqual(customer.IdNumber, seen.GetProperty("idNumber").GetString());
        Assert.StartsWith("138", seen.GetProperty("phone").GetString());
        Assert.EndsWith(customer.IdNumber![^4..], seen.GetProperty("idNumber").GetString());
        Assert.Equal(customer.Name, seen.GetProperty("name").GetString());
        Assert.Empty(await data.AccessLogAsync());
    }

    [Fact]
    public async Task An_agent_inside_a_verified_interaction_sees_full_values_and_each_sensitive_read_is_logged_R_PII_03_R_PII_04()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "pii-verified");
        var customer = data.Customers[2];
        await data.StartVerifiedInteractionAsync(customer.Id);

        var byAgent1 = await ReadAsync(data, await data.TokenAsync("agent1", "AGENT"), customer);
        var byAgent2 = await ReadAsync(data, await data.TokenAsync("agent2", "AGENT"), customer);

        Assert.Equal(customer.IdNumber, byAgent1.GetProperty("idNumber").GetString());
        Assert.Equal(customer.BankAccount, byAgent1.GetProperty("bankAccount").GetString());
        Assert.Equal(customer.Phone, byAgent1.GetProperty("phone").GetString());
        Assert.Equal(PiiMasking.Mask(PiiKind.IdNumber, customer.IdNumber), byAgent2.GetProperty("idNumber").GetString());

        var log = await data.AccessLogAsync();
        Assert.Equal(["BankAccount", "HealthInformation", "IdNumber"], log.Select(e => e.Field!).Order());
        Assert.All(log, entry =>
        {
            Assert.Equal(ActorKind.Staff, entry.ActorKind);
            Assert.Equal(data.Agent1Id.ToString(), entry.ActorId);
            Assert.Equal("Customer", entry.ResourceType);
            Assert.Equal(customer.Id, entry.ResourceId);
            Assert.Equal(nameof(ClearanceBasis.VerifiedInteraction), entry.Purpose);
            Assert.True(entry.Granted);
        });
    }

    [Fact]
    public async Task The_agents_clearance_ends_with_the_interaction_R_PII_03()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "pii-ended");
        var customer = data.Customers[4];
        await data.StartVerifiedInteractionAsync(customer.Id, ended: true);

        var seen = await ReadAsync(data, await data.TokenAsync("agent1", "AGENT"), customer);

        Assert.Equal(PiiMasking.Mask(PiiKind.IdNumber, customer.IdNumber), seen.GetProperty("idNumber").GetString());
        Assert.Empty(await data.AccessLogAsync());
    }

    [Fact]
    public async Task A_complaint_handler_sees_full_values_only_for_customers_of_their_complaints_R_PII_03()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "pii-handler");
        var token = await data.TokenAsync("handler", "COMPLAINT_HANDLER");

        var own = await ReadAsync(data, token, data.ComplaintCustomer);
        var other = await ReadAsync(data, token, data.Customers[3]);

        Assert.Equal(data.ComplaintCustomer.IdNumber, own.GetProperty("idNumber").GetString());
        Assert.Equal(PiiMasking.Mask(PiiKind.IdNumber, data.Customers[3].IdNumber), other.GetProperty("idNumber").GetString());
        Assert.All(await data.AccessLogAsync(), e => Assert.Equal(data.ComplaintCustomer.Id, e.ResourceId));
    }

    [Fact]
    public async Task A_compliance_officer_sees_full_values_once_logged_per_field_R_PII_03_R_PII_04()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "pii-compliance");
        var customer = data.Customers[1];
        var token = await data.TokenAsync("compliance", "COMPLIANCE_OFFICER");
        var id = InsurerData.Id("Customer", customer.Id);

        // The same customer twice in one response is one read per field.
        var body = Tokens.Data(await data.QueryAsync(token, $"{{ a: node(id: \"{id}\") {{ ... on Customer {{ idNumber }} }} b: node(id: \"{id}\") {{ ... on Customer {{ idNumber }} }} }}"));

        Assert.Equal(customer.IdNumber, body.GetProperty("a").GetProperty("idNumber").GetString());
        var entry = Assert.Single(await data.AccessLogAsync());
        Assert.Equal(("IdNumber", nameof(ClearanceBasis.ComplianceOfficer)), (entry.Field, entry.Purpose));
    }

    [Fact]
    public async Task A_customer_reads_their_own_data_in_full_and_the_read_is_logged_as_theirs_R_PII_03_R_PII_04()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "pii-self");
        var me = data.SelfServiceCustomer;

        var seen = await ReadAsync(data, await data.TokenAsync("customer", "CUSTOMER"), me);
        var other = await data.QueryAsync(await data.TokenAsync("customer", "CUSTOMER"),
            $"{{ node(id: \"{InsurerData.Id("Customer", data.Customers[2].Id)}\") {{ id }} }}");

        Assert.Equal(me.IdNumber, seen.GetProperty("idNumber").GetString());
        Assert.Equal(JsonValueKind.Null, Tokens.Data(other).GetProperty("node").ValueKind);
        Assert.All(await data.AccessLogAsync(), e => Assert.Equal((ActorKind.Customer, me.Id.ToString()), (e.ActorKind, e.ActorId)));
    }

    [Fact]
    public async Task A_trainer_sees_no_customer_data_at_all_R_PII_03()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "pii-trainer");
        var token = await data.TokenAsync("trainer", "TRAINER");

        var list = await data.QueryAsync(token, "{ customers { nodes { name } } }");
        var node = await data.QueryAsync(token, $"{{ node(id: \"{InsurerData.Id("Customer", data.Customers[0].Id)}\") {{ id }} }}");

        Assert.Equal(JsonValueKind.Null, list.GetProperty("data").ValueKind);
        Assert.Equal(["FORBIDDEN"], Tokens.ErrorCodes(list));
        Assert.Equal(JsonValueKind.Null, node.GetProperty("data").GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task Sensitive_and_personal_data_are_both_masked_without_clearance_but_only_full_reads_of_sensitive_data_are_logged_R_PII_01()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "pii-classes", customers: 1, interactionsPerPolicy: 0);
        var customer = await AddCustomerWithEveryPersonalFieldAsync(data);
        // Every @pii field of Customer with its kind and stored value; R-PII-01 names the first three sensitive.
        var fields = new (string Field, PiiKind Kind, string Value)[]
        {
            ("idNumber", PiiKind.IdNumber, customer.IdNumber!),
            ("healthInformation", PiiKind.HealthInformation, customer.HealthInformation!),
            ("bankAccount", PiiKind.BankAccount, customer.BankAccount!),
            ("phone", PiiKind.Phone, customer.Phone!),
            ("reservedPhone", PiiKind.Phone, customer.ReservedPhone!),
            ("email", PiiKind.Email, customer.Email!),
            ("address", PiiKind.Address, customer.Address!),
            ("birthDate", PiiKind.BirthDate, customer.BirthDate!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        };
        var selection = string.Join(' ', fields.Select(f => f.Field));
        async Task<JsonElement> Read(string token) => Tokens.Data(await data.QueryAsync(token,
            $"{{ node(id: \"{InsurerData.Id("Customer", customer.Id)}\") {{ ... on Customer {{ {selection} }} }} }}")).GetProperty("node");

        var uncleared = await Read(await data.TokenAsync("agent1", "AGENT"));
        Assert.All(fields, f =>
        {
            Assert.Equal(PiiMasking.Mask(f.Kind, f.Value), uncleared.GetProperty(f.Field).GetString());
            Assert.NotEqual(f.Value, uncleared.GetProperty(f.Field).GetString());
        });
        Assert.Empty(await data.AccessLogAsync());

        var cleared = await Read(await data.TokenAsync("compliance", "COMPLIANCE_OFFICER"));
        Assert.All(fields, f => Assert.Equal(f.Value, cleared.GetProperty(f.Field).GetString()));
        var logged = (await data.AccessLogAsync()).Select(e => (e.ResourceId, e.Field)).Order().ToList();
        Assert.Equal(new List<(Guid, string?)> { (customer.Id, "BankAccount"), (customer.Id, "HealthInformation"), (customer.Id, "IdNumber") }, logged);
        Assert.Equal(
            logged.Select(l => l.Field),
            fields.Where(f => PiiClassification.IsSensitive(f.Kind)).Select(f => f.Kind.ToString()).Order(StringComparer.Ordinal));
    }

    private static async Task<Customer> AddCustomerWithEveryPersonalFieldAsync(InsurerData data)
    {
        await using var source = NpgsqlDataSource.Create(data.Stack.OwnerConnectionString);
        await using var work = await new TenantDatabase(source).BeginAsync(data.Tenant);
        var now = DateTimeOffset.UtcNow;
        var customer = new Customer
        {
            TenantId = data.Tenant,
            Id = Guid.CreateVersion7(),
            Name = "王芳",
            BirthDate = new DateOnly(1985, 7, 14),
            Phone = "13912345678",
            ReservedPhone = "13787654321",
            Email = "wangfang@example.cn",
            Address = "北京市朝阳区建国路88号",
            IdDocumentType = IdDocumentType.ResidentIdCard,
            IdNumber = "110105198507141234",
            HealthInformation = "高血压",
            BankAccount = "6222021234567890123",
            CreatedAt = now,
            UpdatedAt = now,
        };
        work.Db.Customers.Add(customer);
        await work.CommitAsync();
        return customer;
    }

    private static async Task<JsonElement> ReadAsync(InsurerData data, string token, Customer customer)
    {
        var body = await data.QueryAsync(token, $"{{ node(id: \"{InsurerData.Id("Customer", customer.Id)}\") {{ ... on Customer {{ {Fields} }} }} }}");
        return Tokens.Data(body).GetProperty("node");
    }
}
