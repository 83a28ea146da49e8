namespace Platform.Api.Tests.Infrastructure;

/// <summary>All API tests share one PostgreSQL cluster and one Identity + API stack, and run one class after another.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiEnvironment>
{
    public const string Name = "api";
}
