using ToyRust.Semantics.Symbols;
using ToyRust.Syntax.Ast;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// `use` of a program's enum variants, at the top of the file or in a block:
/// <code>
/// use Direction::{North, South};     North, South named alone (patterns and expressions)
/// use Shape::*;                      every variant of Shape
/// use Direction::North as N;         under another name
/// </code>
/// The names go into the scope of the `use` (Scope.DeclareVariant), and lookups of a lone
/// name find them after functions, as the prelude's `Some` is found (a glob's give way to a type
/// of the same name). A path whose first segment
/// is not the program's enum is rustc's E0432 when rustc would say why: a variant the enum lacks
/// ("no `Up` in `Direction`"), a struct ("`Point` is a struct, not a module"), an undeclared
/// capitalized name ("use of undeclared type `Nothing`"). Other paths (std's, modules) are left
/// to <see cref="CheckUse"/>.
/// </summary>
internal sealed partial class ProgramChecker
{
    private bool TryImportVariants(UseEntrySyntax entry, Scope scope)
    {
        var segments = entry.Path.Segments;
        if (segments.IsEmpty || segments[0].Name.Text is "std" or "core" or "crate" or "self" or "super") return false;
        var first = segments[0].Name;
        if (scope.LookupType(first.Text) is not { } adt)
        {
            if (!char.IsUpper(first.Text[0]) || segments.Length == 1) return false;
            Report(SemanticDiagnostics.UnresolvedImport(first.Span, first.Text, $"use of undeclared type `{first}`"));
            return true;
        }
        if (!adt.IsEnum)
        {
            if (segments.Length == 1 && !entry.IsGlob) return false;
            Report(SemanticDiagnostics.UnresolvedImport(first.Span, first.Text, $"`{first}` is a struct, not a module"));
            return true;
        }
        if (entry.IsGlob && segments.Length == 1)
        {
            // A glob's names give way to the program's own types of the same name, as in rustc.
            foreach (var variant in adt.Variants.Where(v => scope.LookupType(v.Name) is null)) scope.DeclareVariant(variant.Name, variant);
            return true;
        }
        if (segments.Length != 2 || entry.IsGlob) return false;
        var name = segments[1].Name;
        if (adt.FindVariant(name.Text) is not { } found)
            Report(SemanticDiagnostics.UnresolvedImport(entry.Span, entry.Path.ToString(), $"no `{name}` in `{first}`"));
        else
            scope.DeclareVariant(entry.Alias?.Text ?? name.Text, found);
        return true;
    }
}
