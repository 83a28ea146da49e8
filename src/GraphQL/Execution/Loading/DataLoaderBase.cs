namespace Platform.GraphQL.Execution.Loading;

/// <summary>Common base of the request-scoped loaders; obtain instances through <see cref="DataLoaderRegistry.GetOrAdd{TLoader}"/>.</summary>
public abstract class DataLoaderBase
{
    private protected DataLoaderRegistry? Registry { get; private set; }

    /// <summary>The key the loader is registered under in its request's registry (null until registered).</summary>
    internal object? RegistryKey { get; private set; }

    internal void Attach(DataLoaderRegistry registry, object key)
    {
        if (Registry is not null && !ReferenceEquals(Registry, registry))
        {
            throw new InvalidOperationException("A DataLoader belongs to one request; create a new one per request.");
        }

        Registry = registry;
        RegistryKey = key;
    }
}
