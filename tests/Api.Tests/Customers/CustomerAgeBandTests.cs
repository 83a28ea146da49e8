using System.Text.Json;
using Npgsql;
using Platform.Api.Tests.Infrastructure;
using Platform.Domain.Entities;
using Platform.Domain.Persistence;

namespace Platform.Api.Tests.Customers;

/// <summary>R-CUS-01 over HTTP: <c>Customer.ageBand</c> from the birth date, on the current day of the tenant's time zone.</summary>
[Collection(ApiCollection.Name)]
public sealed class CustomerAgeBandTests(ApiEnvironment environment)
{
    // 25 hours apart and without daylight saving: their current days always differ, by one day or two.
    private const string AheadZone = "Pacific/Kiritimati";
    private const string BehindZone = "Pacific/Pago_Pago";

    [Fact]
    public async Task Minor_under_18_elderly_from_65_on_the_birthday_as_reached_in_the_tenants_time_zone_R_CUS_01()
    {
        var ahead = await TenantAsync("age-ahead", AheadZone);
        var behind = await TenantAsync("age-behind", BehindZone);

        for (var attempt = 1; ; attempt++)
        {
            var aheadToday = Today(AheadZone);
            var behindToday = Today(BehindZone);
            // Both tenants get the same people, their birth dates counted back from the ahead zone's day.
            var people = new (string Name, DateOnly? Born)[]
            {
                ("turns 18 tomorrow", aheadToday.AddYears(-18).AddDays(1)),
                ("turns 18 today", aheadToday.AddYears(-18)),
                ("turns 65 tomorrow", aheadToday.AddYears(-65).AddDays(1)),
                ("turns 65 today", aheadToday.AddYears(-65)),
                ("aged 40", aheadToday.AddYears(-40).AddDays(-100)),
                ("aged 90", aheadToday.AddYears(-90)),
                ("born today", aheadToday),
                ("birth date unknown", null),
                ("birth date in the future", aheadToday.AddDays(3)),
            };
            var tag = $"#{attempt} ";
            await AddCustomersAsync(ahead.Tenant, tag, people);
            await AddCustomersAsync(behind.Tenant, tag, people);

            var seenAhead = await BandsAsync(ahead.Token, tag);
            var seenBehind = await BandsAsync(behind.Token, tag);
            if (Today(AheadZone) != aheadToday || Today(BehindZone) != behindToday)
            {
                // A midnight passed in one of the zones while the API answered: the expectations are stale.
                Assert.True(attempt < 3, "the day kept changing");
                continue;
            }

            Assert.Equal(people.ToDictionary(p => p.Name, p => Expected(p.Born, aheadToday)), seenAhead);
            Assert.Equal(people.ToDictionary(p => p.Name, p => Expected(p.Born, behindToday)), seenBehind);

            // The birthdays reached today in the ahead zone are not reached yet in the behind zone (on a 29 February
            // the birth dates counted back fall on 28 February, a day the behind zone may have reached too).
            if (aheadToday is not { Month: 2, Day: 29 })
            {
                Assert.Equal(("ADULT", "MINOR"), (seenAhead["turns 18 today"], seenBehind["turns 18 today"]));
                Assert.Equal(("ELDERLY", "ADULT"), (seenAhead["turns 65 today"], seenBehind["turns 65 today"]));
            }

            Assert.Equal(("MINOR", "MINOR"), (seenAhead["turns 18 tomorrow"], seenBehind["turns 18 tomorrow"]));
            Assert.Equal(("ADULT", "ADULT"), (seenAhead["turns 65 tomorrow"], seenBehind["turns 65 tomorrow"]));
            Assert.Null(seenAhead["birth date unknown"]);
            Assert.Null(seenBehind["born today"]);
            return;
        }
    }

    // Stated as "has the 18th/65th birthday come". AddYears would move a 29 February birthday to the 28th, but the only
    // birth here that can fall on a 29 February is "born today", a minor either way.
    private static string? Expected(DateOnly? born, DateOnly today) => born switch
    {
        null => null,
        { } b when b > today => null,
        { } b when b.AddYears(18) > today => "MINOR",
        { } b when b.AddYears(65) > today => "ADULT",
        _ => "ELDERLY",
    };

    private static DateOnly Today(string zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(zone)).DateTime);

    private async Task<(Guid Tenant, string Token)> TenantAsync(string code, string zone)
    {
        var (tenant, _, token) = await environment.Stack.TenantWithClientAsync(code, "QUALITY_INSPECTOR");
        await using var owner = new NpgsqlConnection(environment.Stack.OwnerConnectionString);
        await owner.OpenAsync();
        await using var update = new NpgsqlCommand("UPDATE tenants SET time_zone = $1 WHERE id = $2", owner);
        update.Parameters.AddWithValue(zone);
        update.Parameters.AddWithValue(tenant);
        Assert.Equal(1, await update.ExecuteNonQueryAsync());
        return (tenant, token);
    }

    private async Task AddCustomersAsync(Guid tenant, string tag, IEnumerable<(string Name, DateOnly? Born)> people)
    {
        await using var source = NpgsqlDataSource.Create(environment.Stack.OwnerConnectionString);
        await using var work = await new TenantDatabase(source).BeginAsync(tenant);
        var now = DateTimeOffset.UtcNow;
        foreach (var (name, born) in people)
        {
            work.Db.Customers.Add(new Customer { TenantId = tenant, Id = Guid.CreateVersion7(), Name = tag + name, BirthDate = born, CreatedAt = now, UpdatedAt = now });
        }

        await work.CommitAsync();
    }

    private async Task<Dictionary<string, string?>> BandsAsync(string token, string tag)
    {
        var body = await Tokens.QueryAsync(environment.Stack, token, $"{{ customers(first: 100, filter: {{ namePrefix: \"{tag}\" }}) {{ nodes {{ name ageBand }} }} }}");
        return Tokens.Data(body).GetProperty("customers").GetProperty("nodes").EnumerateArray().ToDictionary(
            n => n.GetProperty("name").GetString()![tag.Length..],
            n => n.GetProperty("ageBand").ValueKind == JsonValueKind.Null ? null : n.GetProperty("ageBand").GetString());
    }
}
