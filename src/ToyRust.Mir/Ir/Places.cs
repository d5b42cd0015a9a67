using System.Collections.Immutable;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;

namespace ToyRust.Mir.Ir;

/// <summary>One step from a place to a part of it.</summary>
public abstract record Projection;

/// <summary>`(place.i: T)`: field <see cref="Index"/> of a tuple, struct, or (after a downcast) variant, of type <see cref="Type"/>.</summary>
public sealed record FieldProjection(int Index, TypeSymbol Type) : Projection;

/// <summary>`(*place)`: what a reference points to.</summary>
public sealed record DerefProjection : Projection
{
    public static readonly DerefProjection Instance = new();
}

/// <summary>`place[i]`: an array element at the index held in a local (the bounds check is a separate `Assert`).</summary>
public sealed record IndexProjection(Local Index) : Projection;

/// <summary>`place[k of n]`: element k, counted from the start, of an array of at least n elements (array patterns: `[a, b, ..]`).</summary>
public sealed record ConstantIndexProjection(long Offset, long MinLength) : Projection;

/// <summary>`(place as Variant)`: an enum value viewed as one variant, whose fields the next projection reaches.</summary>
public sealed record DowncastProjection(VariantSymbol Variant) : Projection;

/// <summary>A local and a path of projections into it.</summary>
public sealed record Place(Local Local, ValueArray<Projection> Projections)
{
    public Place(Local local)
        : this(local, ValueArray<Projection>.Empty)
    {
    }

    public static Place ReturnPlace { get; } = new(Local.ReturnPlace);

    public bool IsLocal => Projections.Count == 0;

    public Place Field(int index, TypeSymbol type) => Project(new FieldProjection(index, type));

    public Place Deref() => Project(DerefProjection.Instance);

    public Place Index(Local index) => Project(new IndexProjection(index));

    public Place ConstantIndex(long offset, long minLength) => Project(new ConstantIndexProjection(offset, minLength));

    public Place Downcast(VariantSymbol variant) => Project(new DowncastProjection(variant));

    private Place Project(Projection projection) => this with { Projections = new ValueArray<Projection>([.. Projections, projection]) };

    /// <summary>rustc's notation: `(*_1)`, `(_2.0: i32)`, `_3[_4]`, `(_5 as Some)`.</summary>
    public override string ToString()
    {
        var text = Local.ToString();
        foreach (var p in Projections)
        {
            text = p switch
            {
                FieldProjection f => $"({text}.{f.Index}: {f.Type})",
                DerefProjection => $"(*{text})",
                IndexProjection i => $"{text}[{i.Index}]",
                ConstantIndexProjection c => $"{text}[{c.Offset} of {c.MinLength}]",
                DowncastProjection d => $"({text} as {d.Variant.Name})",
                _ => throw new InvalidOperationException($"unknown projection {p.GetType().Name}"),
            };
        }
        return text;
    }
}
