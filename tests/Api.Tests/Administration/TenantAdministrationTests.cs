using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Data;
using Platform.Api.Relay;
using Platform.Api.Tests.Infrastructure;
using static Platform.Api.Tests.Administration.AdministrationDriver;

namespace Platform.Api.Tests.Administration;

/// <summary>Platform admins create, list, configure, suspend and reactivate tenants over GraphQL.</summary>
[Collection(ApiCollection.Name)]
public sealed class TenantAdministrationTests(ApiEnvironment environment)
{
    private readonly AdministrationDriver _driver = new(environment.Stack);

    [Fact]
    public async Task A_created_tenant_has_the_default_settings_and_is_listed()
    {
        var admin = await _driver.PlatformAdminTokenAsync();
        var slug = NewSlug("created");

        var payload = await _driver.MutateAsync(admin, "createTenant", AdministrationOperations.CreateTenant, new { slug, name = "Created Insurance" });

        AssertNoErrors(payload);
        var tenant = payload.GetProperty("tenant");
        Assert.Equal(slug, tenant.GetProperty("slug").GetString());
        Assert.Equal("ACTIVE", tenant.GetProperty("status").GetString());
        Assert.Equal("Asia/Shanghai", tenant.GetProperty("timeZone").GetString());
        Assert.Equal("08:30", tenant.GetProperty("callingWindows").GetProperty("workingDays").GetProperty("start").GetString());
        Assert.Equal("17:00", tenant.GetProperty("callingWindows").GetProperty("otherDays").GetProperty("end").GetString());
        var listed = await AllTenantSlugsAsync(admin);
        Assert.Contains(slug, listed);
    }

    [Fact]
    public async Task A_duplicate_slug_is_a_typed_error()
    {
        var admin = await _driver.PlatformAdminTokenAsync();
        var slug = NewSlug("dup");
        await _driver.CreateTenantAsync(admin, slug);

        var payload = await _driver.MutateAsync(admin, "createTenant", AdministrationOperations.CreateTenant, new { slug, name = "Again" });

        AssertRefused(payload, "tenant", "DuplicateSlugError", "DUPLICATE_SLUG");
    }

    [Theory]
    [InlineData("Has Spaces")]
    [InlineData("x")]
    [InlineData("UPPER")]
    public async Task A_malformed_slug_is_a_typed_error(string slug)
    {
        var admin = await _driver.PlatformAdminTokenAsync();

        var payload = await _driver.MutateAsync(admin, "createTenant", AdministrationOperations.CreateTenant, new { slug, name = "Bad" });

        AssertRefused(payload, "tenant", "InvalidAdministrationInputError", "INVALID_INPUT");
    }

    [Fact]
    public async Task A_zone_change_reaches_the_next_operation_at_once_although_operations_cache_the_zone()
    {
        var admin = await _driver.PlatformAdminTokenAsync();
        var tenantId = await _driver.CreateTenantAsync(admin, NewSlug("zoned"));
        var tenant = GlobalId.Parse(tenantId, "Tenant");
        var database = environment.Stack.ApiServices.GetRequiredService<ApiDatabase>();
        Assert.Equal("Asia/Shanghai", (await ZoneOfNextOperationAsync(database, tenant)).Id);

        var payload = await _driver.MutateAsync(admin, "configureTenant", AdministrationOperations.ConfigureTenant, new { tenantId, timeZone = "Asia/Tokyo" });

        AssertNoErrors(payload);
        Assert.Equal("Asia/Tokyo", (await ZoneOfNextOperationAsync(database, tenant)).Id);
    }

    [Fact]
    public async Task Configure_sets_zone_holidays_make_up_days_and_calling_windows()
    {
        var admin = await _driver.PlatformAdminTokenAsync();
        var tenantId = await _driver.CreateTenantAsync(admin, NewSlug("configured"));

        var payload = await _driver.MutateAsync(admin, "configureTenant", AdministrationOperations.ConfigureTenant, new
        {
            tenantId,
            timeZone = "Asia/Hong_Kong",
            holidays = new[] { new { date = "2026-10-01", name = "National Day" }, new { date = "2026-10-02", name = "National Day" } },
            makeUpWorkingDays = new[] { new { date = "2026-09-27", name = "Make-up for National Day" } },
            callingWindows = new { workingDays = new { start = "09:00", end = "18:00" }, otherDays = new { start = "10:00", end = "16:00" } },
        });

        AssertNoErrors(payload);
        var tenant = payload.GetProperty("tenant");
        Assert.Equal("Asia/Hong_Kong", tenant.GetProperty("timeZone").GetString());
        Assert.Equal(["2026-10-01", "2026-10-02"], tenant.GetProperty("holidays").EnumerateArray().Select(d => d.GetProperty("date").GetString()));
        Assert.Equal("2026-09-27", tenant.GetProperty("makeUpWorkingDays")[0].GetProperty("date").GetString());
        Assert.Equal("18:00", tenant.GetProperty("callingWindows").GetProperty("workingDays").GetProperty("end").GetString());
        Assert.Equal("10:00", tenant.GetProperty("callingWindows").GetProperty("otherDays").GetProperty("start").GetString());

        // Replacing only the holidays keeps the make-up days.
        var second = await _driver.MutateAsync(admin, "configureTenant", AdministrationOperations.ConfigureTenant, new
        {
            tenantId,
            holidays = new[] { new { date = "2027-01-01", name = "New Year" } },
        });
        AssertNoErrors(second);
        Assert.Equal("2027-01-01", second.GetProperty("tenant").GetProperty("holidays")[0].GetProperty("date").GetString());
        Assert.Equal(1, second.GetProperty("tenant").GetProperty("holidays").GetArrayLength());
        Assert.Equal("2026-09-27", second.GetProperty("tenant").GetProperty("makeUpWorkingDays")[0].GetProperty("date").GetString());
    }

    [Fact]
    public async Task A_date_that_is_both_holiday_and_make_up_day_is_refused_and_nothing_changes()
    {
        var admin = await _driver.PlatformAdminTokenAsync();
        var tenantId = await _driver.CreateTenantAsync(admin, NewSlug("conflict"));

        var payload = await _driver.MutateAsync(admin, "configureTenant", AdministrationOperations.ConfigureTenant, new
        {
            tenantId,
            timeZone = "Europe/Berlin",
            holidays = new[] { new { date = "2026-10-03", name = "Holiday" } },
            makeUpWorkingDays = new[] { new { date = "2026-10-03", name = "Make-up" } },
        });

        AssertRefused(payload, "tenant", "CalendarConflictError", "CALENDAR_CONFLICT");
        var after = await TenantAsync(admin, tenantId);
        Assert.Equal("Asia/Shanghai", after.GetProperty("timeZone").GetString());
        Assert.Equal(0, after.GetProperty("holidays").GetArrayLength());
    }

    [Fact]
    public async Task A_make_up_day_on_a_weekday_is_refused()
    {
        var admin = await _driver.PlatformAdminTokenAsync();
        var tenantId = await _driver.CreateTenantAsync(admin, NewSlug("weekday"));

        // 2026-09-30 is a Wednesday: already a working day, so it cannot be a make-up day.
        var payload = await _driver.MutateAsync(admin, "configureTenant", AdministrationOperations.ConfigureTenant, new
        {
            tenantId,
            makeUpWorkingDays = new[] { new { date = "2026-09-30", name = "Wednesday" } },
        });

        AssertRefused(payload, "tenant", "CalendarConflictError", "CALENDAR_CONFLICT");
    }

    [Theory]
    [InlineData("07:30", "17:30")]
    [InlineData("08:30", "20:30")]
    [InlineData("17:00", "09:00")]
    public async Task Calling_windows_outside_08_to_20_or_empty_are_refused_R_CALL_05(string start, string end)
    {
        var admin = await _driver.PlatformAdminTokenAsync();
        var tenantId = await _driver.CreateTenantAsync(admin, NewSlug("window"));

        var payload = await _driver.MutateAsync(admin, "configureTenant", AdministrationOperations.ConfigureTenant, new
        {
            tenantId,
            callingWindows = new { workingDays = new { start, end }, otherDays = new { start = "09:00", end = "17:00" } },
        });

        AssertRefused(payload, "tenant", "CallingWindowSettingError", "CALLING_WINDOW");
    }

    [Fact]
    public async Task An_unknown_time_zone_is_refused()
    {
        var admin = await _driver.PlatformAdminTokenAsync();
        var tenantId = await _driver.CreateTenantAsync(admin, NewSlug("zone"));

        var payload = await _driver.MutateAsync(admin, "configureTenant", AdministrationOperations.ConfigureTenant, new { tenantId, timeZone = "Mars/Olympus_Mons" });

        AssertRefused(payload, "tenant", "InvalidAdministrationInputError", "INVALID_INPUT");
    }

    [Fact]
    public async Task A_tenant_admin_configures_their_own_tenant_but_not_another()
    {
        var platform = await _driver.PlatformAdminTokenAsync();
        var own = await _driver.TenantWithAdminAsync(platform, "own-config");
        var other = await _driver.CreateTenantAsync(platform, NewSlug("other-config"));
        var tenantAdmin = (await _driver.SignInAsync(own.UserName, own.Password))!;

        var mine = await _driver.MutateAsync(tenantAdmin, "configureTenant", AdministrationOperations.ConfigureTenant, new { timeZone = "Asia/Tokyo" });
        var theirs = await _driver.MutateAsync(tenantAdmin, "configureTenant", AdministrationOperations.ConfigureTenant, new { tenantId = other, timeZone = "Asia/Tokyo" });

        AssertNoErrors(mine);
        Assert.Equal(own.TenantId, mine.GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal("Asia/Tokyo", mine.GetProperty("tenant").GetProperty("timeZone").GetString());
        AssertRefused(theirs, "tenant", "TenantNotFoundError", "TENANT_NOT_FOUND");
        Assert.Equal("Asia/Shanghai", (await TenantAsync(platform, other)).GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task Suspension_refuses_the_tenants_existing_tokens_within_seconds_and_reactivation_restores_them_R_TEN_03()
    {
        var platform = await _driver.PlatformAdminTokenAsync();
        var (tenantId, userName, password) = await _driver.TenantWithAdminAsync(platform, "suspended");
        var userToken = (await _driver.SignInAsync(userName, password))!;
        using (var before = await _driver.PostAsync(userToken, "{ me { subject } }"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var suspended = await _driver.MutateAsync(platform, "suspendTenant", AdministrationOperations.SuspendTenant, new { tenantId });

        AssertNoErrors(suspended);
        Assert.Equal("SUSPENDED", suspended.GetProperty("tenant").GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, suspended.GetProperty("tenant").GetProperty("suspendedAt").ValueKind);
        // The token is still unexpired; the API's tenant-status cache lives 2 s, so it must be refused well within 10 s.
        Assert.Equal(HttpStatusCode.Forbidden, await EventualStatusAsync(userToken, HttpStatusCode.Forbidden));
        Assert.Null(await _driver.SignInAsync(userName, password));
        var again = await _driver.MutateAsync(platform, "suspendTenant", AdministrationOperations.SuspendTenant, new { tenantId });
        AssertRefused(again, "tenant", "TenantStatusError", "TENANT_STATUS");

        var reactivated = await _driver.MutateAsync(platform, "reactivateTenant", AdministrationOperations.ReactivateTenant, new { tenantId });

        AssertNoErrors(reactivated);
        Assert.Equal("ACTIVE", reactivated.GetProperty("tenant").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, await EventualStatusAsync(userToken, HttpStatusCode.OK));
    }

    [Fact]
    public async Task Only_platform_admins_list_tenants_and_they_read_no_tenant_business_data_R_TEN_02()
    {
        var platform = await _driver.PlatformAdminTokenAsync();
        var (_, userName, password) = await _driver.TenantWithAdminAsync(platform, "no-read");
        var tenantAdmin = (await _driver.SignInAsync(userName, password))!;

        var byTenantAdmin = await _driver.GraphQLAsync(tenantAdmin, "{ tenants { totalCount } }");
        var usersByPlatform = await _driver.GraphQLAsync(platform, "{ users { totalCount } }");
        var customersByPlatform = await _driver.GraphQLAsync(platform, "{ customers { totalCount } }");

        Assert.Equal("FORBIDDEN", byTenantAdmin.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("FORBIDDEN", usersByPlatform.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("FORBIDDEN", customersByPlatform.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Tenants_page_by_cursor_and_filter_by_status()
    {
        var admin = await _driver.PlatformAdminTokenAsync();
        var first = await _driver.CreateTenantAsync(admin, NewSlug("page"));
        await _driver.CreateTenantAsync(admin, NewSlug("page"));
        await _driver.MutateAsync(admin, "suspendTenant", AdministrationOperations.SuspendTenant, new { tenantId = first });

        var page = await _driver.GraphQLAsync(admin, AdministrationOperations.Tenants, new { first = 1 });
        var connection = page.GetProperty("data").GetProperty("tenants");
        var next = await _driver.GraphQLAsync(admin, AdministrationOperations.Tenants, new { first = 1, after = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString() });
        var suspended = await _driver.GraphQLAsync(admin, AdministrationOperations.Tenants, new { first = 100, filter = new { status = "SUSPENDED" } });

        Assert.Equal(1, connection.GetProperty("nodes").GetArrayLength());
        Assert.True(connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.NotEqual(connection.GetProperty("nodes")[0].GetProperty("id").GetString(), next.GetProperty("data").GetProperty("tenants").GetProperty("nodes")[0].GetProperty("id").GetString());
        var suspendedNodes = suspended.GetProperty("data").GetProperty("tenants").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Contains(suspendedNodes, t => t.GetProperty("id").GetString() == first);
        Assert.All(suspendedNodes, t => Assert.Equal("SUSPENDED", t.GetProperty("status").GetString()));
    }

    private async Task<HttpStatusCode> EventualStatusAsync(string token, HttpStatusCode wanted)
    {
        var status = HttpStatusCode.OK;
        for (var attempt = 0; attempt < 40; attempt++)
        {
            using var response = await _driver.PostAsync(token, "{ me { subject } }");
            status = response.StatusCode;
            if (status == wanted)
            {
                break;
            }

            await Task.Delay(250);
        }

        return status;
    }

    private async Task<JsonElement> TenantAsync(string platformToken, string tenantId)
    {
        var body = await _driver.GraphQLAsync(platformToken, AdministrationOperations.Tenants, new { first = 100 });
        var after = body.GetProperty("data").GetProperty("tenants");
        while (true)
        {
            foreach (var node in after.GetProperty("nodes").EnumerateArray())
            {
                if (node.GetProperty("id").GetString() == tenantId)
                {
                    return node;
                }
            }

            Assert.True(after.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean(), "tenant not listed");
            body = await _driver.GraphQLAsync(platformToken, AdministrationOperations.Tenants, new { first = 100, after = after.GetProperty("pageInfo").GetProperty("endCursor").GetString() });
            after = body.GetProperty("data").GetProperty("tenants");
        }
    }

    private async Task<List<string>> AllTenantSlugsAsync(string platformToken)
    {
        var slugs = new List<string>();
        string? cursor = null;
        do
        {
            var body = await _driver.GraphQLAsync(platformToken, AdministrationOperations.Tenants, new { first = 100, after = cursor });
            var connection = body.GetProperty("data").GetProperty("tenants");
            slugs.AddRange(connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("slug").GetString()!));
            cursor = connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? connection.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (cursor is not null);
        return slugs;
    }

    private static async Task<TimeZoneInfo> ZoneOfNextOperationAsync(ApiDatabase database, Guid tenant)
    {
        await using var work = new OperationWork(database, tenant);
        return await work.TimeZoneAsync();
    }
}
