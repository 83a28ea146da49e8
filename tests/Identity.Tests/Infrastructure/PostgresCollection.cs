using Platform.Testing;

namespace Platform.Identity.Tests.Infrastructure;

/// <summary>All Identity tests share one throwaway PostgreSQL cluster; each test gets its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : PostgresCollectionDefinition
{
    public new const string Name = PostgresCollectionDefinition.Name;
}
