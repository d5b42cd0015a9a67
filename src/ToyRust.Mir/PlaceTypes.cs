using ToyRust.Mir.Ir;
using ToyRust.Semantics.Types;

namespace ToyRust.Mir;

/// <summary>
/// The type of a place or an operand, read off the local's declared type and the projections
/// (a field projection carries its type). For the builder and the printer, which handle places
/// they made themselves; <see cref="MirValidator"/> checks the same steps and reports rather
/// than throws.
/// </summary>
public static class PlaceTypes
{
    public static TypeSymbol Of(MirBody body, Place place) => Of(body[place.Local].Type, place);

    public static TypeSymbol Of(MirBody body, Operand operand) => operand switch
    {
        CopyOperand c => Of(body, c.Place),
        MoveOperand m => Of(body, m.Place),
        ConstantOperand k => k.Constant.Type,
        _ => throw new InvalidOperationException($"unknown operand {operand.GetType().Name}"),
    };

    /// <summary>The type of <paramref name="place"/> when its local has type <paramref name="localType"/>.</summary>
    public static TypeSymbol Of(TypeSymbol localType, Place place)
    {
        var type = localType;
        foreach (var projection in place.Projections) type = Step(type, projection);
        return type;
    }

    private static TypeSymbol Step(TypeSymbol type, Projection projection) => projection switch
    {
        FieldProjection f => f.Type,
        DerefProjection => type.DerefTarget(),
        IndexProjection or ConstantIndexProjection => TypeFacts.ElementOf(type),
        DowncastProjection => type,
        _ => throw new InvalidOperationException($"unknown projection {projection.GetType().Name}"),
    };
}
