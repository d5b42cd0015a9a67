using System.Collections.Immutable;

namespace ToyRust.Syntax.Ast.Pretty;

/// <summary>
/// Items declared inside a block (rustc_ast_pretty's `state/item.rs`): rare in an expression, but
/// `{ fn f() -> bool { true } f() }` is one. Each item starts on a line of its own.
/// </summary>
public sealed partial class PrettyPrinter
{
    private void PrintItem(ItemSyntax item)
    {
        _p.HardbreakIfNotBol();
        foreach (var attribute in Items(item.Attributes))
        {
            _p.HardbreakIfNotBol();
            PrintAttributeTokens(attribute);
        }
        if (!Items(item.Attributes).IsEmpty) _p.HardbreakIfNotBol();
        var visibility = item.IsPublic ? "pub " : "";
        switch (item)
        {
            case FunctionItemSyntax f:
                PrintFunction(f);
                break;
            case StructItemSyntax s:
                OpenHead(visibility + "struct");
                PrintStructBody(s.Name, s.Generics, s.Kind, s.Fields, isVariant: false);
                break;
            case EnumItemSyntax e:
                PrintEnum(e, visibility);
                break;
            case ImplItemSyntax i:
                PrintImpl(i);
                break;
            case TraitItemSyntax t:
                PrintTrait(t);
                break;
            case ConstItemSyntax c:
                PrintConstOrStatic(visibility + "const", c.Name, c.Type, c.Value);
                break;
            case StaticItemSyntax s:
                PrintConstOrStatic(visibility + (s.IsMutable ? "static mut" : "static"), s.Name, s.Type, s.Value);
                break;
            case TypeAliasItemSyntax t:
                PrintTypeAlias(t);
                break;
            case UseItemSyntax u:
                PrintUse(u);
                break;
            case ModuleItemSyntax m:
                OpenHead(visibility + "mod");
                Word(m.Name.Text);
                _p.Nbsp();
                PrintMembers(m.Items);
                break;
            default:
                throw new InvalidOperationException($"PrettyPrinter does not know {item.GetType().Name}");
        }
    }

    /// <summary>rustc's `head`: a consistent box for the whole item, an inconsistent one for its header, closed by `{`.</summary>
    private void OpenHead(string keyword)
    {
        _p.Cbox(IndentUnit);
        _p.Ibox(0);
        if (keyword.Length > 0) _p.WordNbsp(keyword);
    }

    /// <summary>`{ items }` after a header opened by <see cref="OpenHead"/>.</summary>
    private void PrintMembers(ImmutableArray<ItemSyntax> items)
    {
        Word("{");
        _p.End();
        foreach (var member in Items(items)) PrintItem(member);
        if (!Items(items).IsEmpty) _p.BreakOffsetIfNotBol(1, -IndentUnit);
        Word("}");
        _p.End();
    }

    private void PrintFunction(FunctionItemSyntax f)
    {
        if (f.Body is not null) OpenHead("");
        PrintVisibility(f.IsPublic);
        Word("fn");
        _p.Nbsp();
        Word(f.Name.Text);
        PrintGenericParameters(f.Generics);
        Word("(");
        _p.Rbox(0, Breaks.Inconsistent);
        var first = true;
        if (f.SelfParam is { } self)
        {
            PrintSelfParameter(self);
            first = false;
        }
        foreach (var parameter in f.Parameters)
        {
            if (!first)
            {
                Word(",");
                _p.SpaceIfNotBol();
            }
            first = false;
            _p.Ibox(IndentUnit);
            PrintPattern(parameter.Pattern);
            Word(":");
            _p.Space();
            PrintType(parameter.Type);
            _p.End();
        }
        _p.End();
        Word(")");
        PrintReturnType(f.ReturnType);
        PrintWhereClause(f.Generics);
        if (f.Body is { } body)
        {
            _p.Nbsp();
            PrintBlock(body);
        }
        else
        {
            Word(";");
        }
    }

    private void PrintSelfParameter(SelfParamSyntax self)
    {
        _p.Ibox(IndentUnit);
        if (self.ExplicitType is { } type)
        {
            if (self.IsMutableBinding) _p.WordNbsp("mut");
            Word("self");
            _p.WordSpace(":");
            PrintType(type);
        }
        else
        {
            if (self.Kind is SelfParamKind.Ref or SelfParamKind.RefMut) Word("&");
            if (self.Kind == SelfParamKind.RefMut || self.IsMutableBinding) _p.WordNbsp("mut");
            Word("self");
        }
        _p.End();
    }

    /// <summary>`&lt;T: Bound = Default, const N: usize&gt;`.</summary>
    private void PrintGenericParameters(GenericsSyntax generics)
    {
        if (Items(generics.Parameters).IsEmpty) return;
        Word("<");
        CommaSeparated(generics.Parameters, parameter =>
        {
            if (parameter.IsConst)
            {
                _p.WordSpace("const");
                Word(parameter.Name.Text);
                _p.Space();
                _p.WordSpace(":");
                if (parameter.ConstType is { } constType) PrintType(constType);
                return;
            }
            Word(parameter.Name.Text);
            if (!Items(parameter.Bounds).IsEmpty)
            {
                _p.WordNbsp(":");
                PrintBounds(parameter.Bounds);
            }
            if (parameter.Default is { } fallback)
            {
                _p.Space();
                _p.WordSpace("=");
                PrintType(fallback);
            }
        });
        Word(">");
    }

    private void PrintWhereClause(GenericsSyntax generics)
    {
        var predicates = Items(generics.WherePredicates);
        if (predicates.IsEmpty) return;
        _p.Space();
        _p.WordSpace("where");
        for (var i = 0; i < predicates.Length; i++)
        {
            if (i > 0) _p.WordSpace(",");
            PrintType(predicates[i].Type);
            Word(":");
            if (!predicates[i].Bounds.IsEmpty)
            {
                _p.Nbsp();
                PrintBounds(predicates[i].Bounds);
            }
        }
    }

    /// <summary>A struct's (or variant's) name and fields after its head; a variant takes no `;`.</summary>
    private void PrintStructBody(
        Identifier name, GenericsSyntax generics, StructKind kind, ImmutableArray<FieldSyntax> fields, bool isVariant)
    {
        Word(name.Text);
        PrintGenericParameters(generics);
        if (kind != StructKind.Named)
        {
            if (kind == StructKind.Tuple)
            {
                _p.Popen();
                CommaSeparated(fields, field =>
                {
                    if (field.IsPublic) _p.WordNbsp("pub");
                    PrintType(field.Type);
                });
                _p.Pclose();
            }
            PrintWhereClause(generics);
            if (!isVariant) Word(";");
            _p.End();
            _p.End();
            return;
        }
        PrintWhereClause(generics);
        _p.Nbsp();
        Word("{");
        _p.End();
        if (!fields.IsEmpty) _p.HardbreakIfNotBol();
        foreach (var field in fields)
        {
            _p.HardbreakIfNotBol();
            if (field.IsPublic) _p.WordNbsp("pub");
            Word(field.Name!.Text);
            _p.WordNbsp(":");
            PrintType(field.Type);
            Word(",");
        }
        if (!fields.IsEmpty) _p.BreakOffsetIfNotBol(1, -IndentUnit);
        Word("}");
        _p.End();
    }

    private void PrintEnum(EnumItemSyntax e, string visibility)
    {
        OpenHead(visibility + "enum");
        Word(e.Name.Text);
        PrintGenericParameters(e.Generics);
        PrintWhereClause(e.Generics);
        _p.Space();
        Word("{");
        _p.End();
        foreach (var variant in e.Variants)
        {
            _p.SpaceIfNotBol();
            _p.Ibox(0);
            OpenHead("");
            PrintStructBody(variant.Name, GenericsSyntax.Empty(variant.Span), variant.Kind, variant.Fields, isVariant: true);
            if (variant.Discriminant is { } discriminant)
            {
                _p.Space();
                _p.WordSpace("=");
                PrintExpr(discriminant, FixupContext.Default);
            }
            Word(",");
            _p.End();
        }
        if (!e.Variants.IsEmpty) _p.BreakOffsetIfNotBol(1, -IndentUnit);
        Word("}");
        _p.End();
    }

    private void PrintImpl(ImplItemSyntax i)
    {
        OpenHead("");
        Word("impl");
        if (Items(i.Generics.Parameters).IsEmpty)
        {
            _p.Nbsp();
        }
        else
        {
            PrintGenericParameters(i.Generics);
            _p.Space();
        }
        if (i.Trait is { } trait)
        {
            PrintPath(trait, turbofish: false);
            _p.Space();
            _p.WordSpace("for");
        }
        PrintType(i.SelfType);
        PrintWhereClause(i.Generics);
        _p.Space();
        PrintMembers(i.Items);
    }

    private void PrintVisibility(bool isPublic)
    {
        if (isPublic) _p.WordNbsp("pub");
    }

    private void PrintTrait(TraitItemSyntax t)
    {
        OpenHead("");
        PrintVisibility(t.IsPublic);
        _p.WordNbsp("trait");
        Word(t.Name.Text);
        PrintGenericParameters(t.Generics);
        if (!Items(t.Supertraits).IsEmpty)
        {
            _p.WordNbsp(":");
            PrintBounds(t.Supertraits);
        }
        PrintWhereClause(t.Generics);
        Word(" ");
        PrintMembers(t.Items);
    }

    /// <summary>`const NAME: T = value;` and `static (mut) NAME: T = value;`.</summary>
    private void PrintConstOrStatic(string keyword, Identifier name, TypeSyntax type, ExpressionSyntax? value)
    {
        OpenHead("");
        _p.WordSpace(keyword);
        Word(name.Text);
        _p.WordSpace(":");
        PrintType(type);
        if (value is not null) _p.Space();
        _p.End();
        if (value is not null)
        {
            _p.WordSpace("=");
            PrintExpr(value, FixupContext.Default);
        }
        Word(";");
        _p.End();
    }

    private void PrintTypeAlias(TypeAliasItemSyntax t)
    {
        OpenHead("");
        PrintVisibility(t.IsPublic);
        _p.WordSpace("type");
        Word(t.Name.Text);
        PrintGenericParameters(t.Generics);
        if (!Items(t.Bounds).IsEmpty)
        {
            _p.WordNbsp(":");
            PrintBounds(t.Bounds);
        }
        PrintWhereClause(t.Generics);
        if (t.Type is { } aliased)
        {
            _p.Space();
            _p.WordSpace("=");
            PrintType(aliased);
        }
        Word(";");
        _p.End();
        _p.End();
    }

    /// <summary>ToyRust keeps a `use` as its flattened entries, so a group prints as one `use` per name.</summary>
    private void PrintUse(UseItemSyntax u)
    {
        for (var i = 0; i < u.Entries.Length; i++)
        {
            var entry = u.Entries[i];
            if (i > 0) _p.HardbreakIfNotBol();
            PrintVisibility(u.IsPublic);
            _p.WordNbsp("use");
            PrintPath(entry.Path, turbofish: false);
            if (entry.IsGlob)
            {
                Word("::");
                Word("*");
            }
            if (entry.Alias is { } alias)
            {
                _p.Nbsp();
                _p.WordNbsp("as");
                Word(alias.Text);
            }
            Word(";");
        }
    }
}
