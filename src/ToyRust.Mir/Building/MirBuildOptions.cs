namespace ToyRust.Mir.Building;

/// <summary>
/// How to build: <see cref="OverflowChecks"/> puts an `Assert` after `+ - *` and in front of
/// shifts and negation, as `-C overflow-checks` does (division is checked either way).
/// <see cref="Traits"/> names the operator methods the builder calls; <see cref="MirBuilder.BuildProgram"/>
/// fills it from the program when it is empty.
/// </summary>
public sealed record MirBuildOptions(bool OverflowChecks)
{
    public OperatorMethods Traits { get; init; } = OperatorMethods.Empty;
}
