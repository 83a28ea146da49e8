namespace Platform.Api.Quality;

/// <summary>Whether quality metrics are reported per agent or per team.</summary>
public enum QualityGrouping
{
    /// <summary>One row per agent.</summary>
    Agent,

    /// <summary>One row per team; agents without a team share one row.</summary>
    Team,
}
