using Platform.Testing;

namespace Platform.Domain.Tests.Persistence;

/// <summary>Tests in this collection share one throwaway PostgreSQL cluster.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : PostgresCollectionDefinition
{
}
