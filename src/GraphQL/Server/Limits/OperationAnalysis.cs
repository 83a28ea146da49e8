namespace Platform.GraphQL.Server.Limits;

/// <summary>What <see cref="OperationAnalyzer"/> measured of one operation.</summary>
public readonly record struct OperationAnalysis(int Depth, int Aliases, int MostDirectives, long Cost, bool UsesIntrospection);
