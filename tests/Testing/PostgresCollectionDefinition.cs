using Xunit;

namespace Platform.Testing;

/// <summary>
/// Base of the per-project collection that shares one <see cref="PostgresCluster"/>. xunit only discovers
/// collection definitions inside the test assembly, so each test project declares:
/// <code>[CollectionDefinition(PostgresCollection.Name)] public sealed class PostgresCollection : PostgresCollectionDefinition { }</code>
/// </summary>
public abstract class PostgresCollectionDefinition : ICollectionFixture<PostgresCluster>
{
    /// <summary>The collection name to use in [Collection(...)] and [CollectionDefinition(...)].</summary>
    public const string Name = "postgres";
}
