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
/// are left out, identifiers print as their text and paths as Rust writes them.
/// </summary>
internal static class AstPrinter
{
    public static string Print(object? value)
    {
        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }

    /// <summary>`std::vec::Vec&lt;i32&gt;`, `Iterator&lt;Item = u32&gt;`, `Fn(i32) -> i32`.</summary>
    private static void AppendPath(StringBuilder sb, PathSyntax path)
    {
        for (var i = 0; i < path.Segments.Length; i++)
        {
            var segment = path.Segments[i];
            if (i > 0) sb.Append("::");
            sb.Append(segment.Name.Text);
            var arguments = segment.GenericArgs.Cast<object>().Concat(segment.AssociatedTypeArgs.Cast<object>()).ToList();
            if (arguments.Count > 0)
            {
                sb.Append('<');
                for (var j = 0; j < arguments.Count; j++)
                {
                    if (j > 0) sb.Append(", ");
                    if (arguments[j] is AssociatedTypeBindingSyntax binding)
                    {
                        sb.Append(binding.Name.Text).Append(" = ");
                        Append(sb, binding.Type);
                    }
                    else
                    {
                        Append(sb, arguments[j]);
                    }
                }
                sb.Append('>');
            }
            if (segment.FnSugar is { } sugar)
            {
                Append(sb, sugar.Parameters);
                sb.Append(" -> ");
                Append(sb, sugar.Return);
            }
        }
    }

    private static void Append(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                return;
            case PathSyntax path:
                AppendPath(sb, path);
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
