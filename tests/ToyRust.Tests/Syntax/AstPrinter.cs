using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Text;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Tests.Syntax;

/// <summary>
/// Prints an AST node compactly so tests can state a whole tree on one line:
/// `1 + 2 * 3` → `Binary(Add, Integer(1, null), Binary(Mul, Integer(2, null), Integer(3, null)))`.
/// The `Syntax` suffix and the family suffix (`Expression`, `Pattern`, ...) are dropped, spans
/// are left out, identifiers and plain paths print as their text.
/// </summary>
internal static class AstPrinter
{
    public static string Print(object? value)
    {
        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                return;
            case PathSyntax path when path.Segments.All(s => s.AssociatedTypeArgs.IsDefaultOrEmpty && s.FnSugar is null):
                sb.Append(path);
                return;
            case PathExpressionSyntax pathExpression:
                Append(sb, pathExpression.Path);
                return;
            case PathTypeSyntax pathType:
                Append(sb, pathType.Path);
                return;
            case Identifier identifier:
                sb.Append(identifier.Text);
                return;
            case string s:
                sb.Append('"').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                return;
            case bool b:
                sb.Append(b ? "true" : "false");
                return;
            case BigInteger or int or byte or Enum:
                sb.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
            case double d:
                sb.Append(d.ToString("R", CultureInfo.InvariantCulture));
                return;
            case IEnumerable list:
                sb.Append('[');
                var first = true;
                foreach (var element in list)
                {
                    if (!first) sb.Append(", ");
                    Append(sb, element);
                    first = false;
                }
                sb.Append(']');
                return;
        }
        var type = value.GetType();
        var name = type.Name.EndsWith("Syntax", StringComparison.Ordinal) ? type.Name[..^"Syntax".Length] : type.Name;
        foreach (var family in (string[])["Expression", "Literal", "Statement", "Pattern", "Item"])
        {
            if (name.Length > family.Length && name.EndsWith(family, StringComparison.Ordinal)) name = name[..^family.Length];
        }
        sb.Append(name).Append('(');
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType != typeof(TextSpan) && p.Name is not ("EqualityContract" or "Last" or "ContentStart"))
            .OrderBy(p => p.MetadataToken);
        var firstProperty = true;
        foreach (var property in properties)
        {
            if (!firstProperty) sb.Append(", ");
            Append(sb, property.GetValue(value));
            firstProperty = false;
        }
        sb.Append(')');
    }
}
