using Platform.Testing;

namespace Platform.Api.Tests.Infrastructure;

/// <summary>A throwaway PostgreSQL cluster plus a default stack (token service and API on Kestrel) over it.</summary>
public sealed class ApiEnvironment : IAsyncLifetime
{
    public PostgresCluster Cluster { get; } = new();

    /// <summary>The stack most tests use (default token lifetime).</summary>
    public ApiStack Stack { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Cluster.InitializeAsync();
        Stack = await ApiStack.StartAsync(Cluster);
    }

    public async Task DisposeAsync()
    {
        if (Stack is not null)
        {
            await Stack.DisposeAsync();
        }

        await Cluster.DisposeAsync();
    }
}
