using Platform.Testing;

namespace Platform.Api.Tests.Interactions;

/// <summary>The interaction command services' own throwaway cluster (service-level tests, no HTTP).</summary>
[CollectionDefinition(Name)]
public sealed class InteractionsDatabase : ICollectionFixture<PostgresCluster>
{
    public const string Name = "interactions-db";
}
