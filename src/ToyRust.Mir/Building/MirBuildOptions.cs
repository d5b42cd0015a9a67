namespace ToyRust.Mir.Building;

/// <summary>
/// How to build: <see cref="OverflowChecks"/> puts an `Assert` after `+ - *` and in front of
/// shifts and negation, as `-C overflow-checks` does (division is checked either way).
/// </summary>
public sealed record MirBuildOptions(bool OverflowChecks);
