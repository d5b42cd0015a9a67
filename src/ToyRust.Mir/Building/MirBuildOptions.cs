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

    /// <summary>
    /// Which types are `Copy`: a read of a place of any other type is a move (`move _1`), which
    /// <see cref="Analysis.MoveCheck"/> follows. Null reads every place with `copy`, as before moves were checked.
    /// </summary>
    public CopyTypes? Copy { get; init; }

    /// <summary>
    /// Which types need dropping: the builder schedules a `drop` of every variable and temporary
    /// of such a type where its scope ends (<see cref="DropTypes"/>). Null schedules none.
    /// </summary>
    public DropTypes? Drops { get; init; }
}
