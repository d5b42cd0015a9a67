using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;

namespace ToyRust.Semantics.Binding;

/// <summary>Where a written type is resolved: the scope of its item and the `Self` of an enclosing impl.</summary>
internal sealed record TypeContext(Scope Scope, TypeSymbol? SelfType);

internal sealed partial class ProgramChecker
{
    /// <summary>Resolves a written type; unknown names are reported and become the error type.</summary>
    public TypeSymbol ResolveType(TypeSyntax syntax, TypeContext context)
    {
        switch (syntax)
        {
            case PathTypeSyntax p:
                return ResolvePathType(p, context);
            case TupleTypeSyntax t:
                return new TupleType(new ValueArray<TypeSymbol>(t.Elements.Select(e => ResolveType(e, context))));
            case ReferenceTypeSyntax r:
                return new ReferenceType(ResolveType(r.Referent, context), r.IsMutable);
            case ArrayTypeSyntax a:
                return new ArrayType(ResolveType(a.Element, context), EvaluateArrayLength(a.Length, context.Scope));
            case NeverTypeSyntax:
                return TypeSymbol.Never;
            default:
                Report(SemanticDiagnostics.UnsupportedFeature(syntax.Span, "this kind of type"));
                return TypeSymbol.Error;
        }
    }

    private TypeSymbol ResolvePathType(PathTypeSyntax p, TypeContext context)
    {
        if (p.Path.Segments.Length == 1)
        {
            var name = p.Path.Last.Text;
            if (name == "Self" && context.SelfType is { } self) return self;
            if (PrimitiveKindFacts.FromName(name) is { } kind) return new PrimitiveType(kind);
            if (context.Scope.LookupType(name) is { } adt) return new AdtType(adt, ValueArray<TypeSymbol>.Empty);
        }
        Report(SemanticDiagnostics.UnknownType(p.Span, p.Path.ToString()));
        return TypeSymbol.Error;
    }

    /// <summary>`[T; N]`: N is an integer literal or a `usize` const.</summary>
    private long EvaluateArrayLength(ExpressionSyntax length, Scope scope)
    {
        switch (length)
        {
            case IntegerLiteralSyntax lit when lit.Value <= long.MaxValue:
                return (long)lit.Value;
            case PathExpressionSyntax { Path.Segments.Length: 1 } path when scope.LookupConst(path.Path.Last.Text) is { Value: System.Numerics.BigInteger n }:
                return (long)n;
            default:
                Report(SemanticDiagnostics.UnsupportedFeature(length.Span, "array lengths other than integer literals and consts"));
                return 0;
        }
    }
}
