using System.Globalization;
using System.Text;

namespace ToyRust.Fuzz.Generation;

/// <summary>
/// `impl fmt::Display` (level L5, <see cref="GeneratorOptions.Display"/>) for some of the
/// program's structs and enums, and for `AppErr` when the `?` rules are on, each written one of
/// several ways, so that the caller's spec (`{:>8}`, `{:*^10}`, `{:.2}`, `{:+}`, `{:#}`) is
/// ignored (`write!` of fields with specs of their own), applied to the whole text
/// (`f.pad(&amp;s)` of a `format!`), forwarded to a field (`fmt::Display::fmt(&amp;self.f0, f)`), or
/// read (`f.width()`, `f.precision()`, `f.alternate()`, `f.sign_plus()`). The values are then
/// printed with such specs, made into strings (`to_string()`, `format!`), and printed as errors.
/// </summary>
public sealed partial class ProgramGenerator
{
    /// <summary>The types with a `Display` impl, by name.</summary>
    private readonly HashSet<string> _displayed = [];

    private static readonly string[] DisplaySpecs = ["", "", "", ":>8", ":<8", ":^10", ":*^10", ":-<7", ":.2", ":>12.3", ":#", ":+", ":08", ":_>6"];

    private static readonly string[] FieldFloatSpecs = ["", ":.2", ":8.3", ":.0", ":+.1", ":<7.1"];

    private void DeclareDisplays()
    {
        _items.Insert(0, "use std::fmt;\n\n");
        foreach (var def in _structs.Where(d => !d.IsGeneric && Chance(70))) DisplayStruct(def);
        foreach (var def in _enums.Where(d => !d.IsGeneric && Chance(70))) DisplayEnum(def);
        if (_options.Try) DisplayEnum(AppErr);
    }

    private bool HasDisplay(GType t) => t switch
    {
        StructType st => _displayed.Contains(st.Def.Name) && !st.Def.IsGeneric,
        EnumType e => _displayed.Contains(e.Def.Name) && !e.Def.IsGeneric,
        _ => false,
    };

    private void DisplayStruct(StructDef def)
    {
        _displayed.Add(def.Name);
        var fields = def.Fields.Select(f => ($"self.{FieldName(def, f.Name)}", f.Type)).ToList();
        var body = fields.Count == 0
            ? Chance(50) ? $"f.pad(\"{def.Name}\")" : $"write!(f, \"{def.Name}\")"
            : Weighted<Func<string>>(
                (3, () => WriteFields(def.Name, fields)),
                (3, () => PadFields(def.Name, fields)),
                (2, () => $"fmt::Display::fmt(&{fields[0].Item1}, f)"),
                (2, () => FlagsAware(def.Name, fields)),
                (1, () => $"write!(f, \"{def.Name}{{{{\")?;\n        {WriteFields("", fields)}?;\n        write!(f, \"}}}}\")"))();
        AppendDisplayImpl(def.Name, body);
    }

    private void DisplayEnum(EnumDef def)
    {
        _displayed.Add(def.Name);
        var arms = def.Variants.Select(v =>
        {
            var names = v.Fields.Select((_, i) => $"x{i}").ToList();
            var pattern = v.IsUnit ? $"{def.Name}::{v.Name}"
                : v.Named ? $"{def.Name}::{v.Name} {{ {string.Join(", ", v.Fields.Select((f, i) => $"{f.Name}: {names[i]}"))} }}"
                : $"{def.Name}::{v.Name}({string.Join(", ", names)})";
            var fields = v.Fields.Select((f, i) => (names[i], f.Type)).ToList();
            var text = fields.Count == 0 ? (Chance(50) ? $"f.pad(\"{v.Name}\")" : $"write!(f, \"{v.Name}\")")
                : Chance(50) ? WriteFields(v.Name, fields) : PadFields(v.Name, fields);
            return $"            {pattern} => {{ {text} }}\n";
        });
        AppendDisplayImpl(def.Name, $"match self {{\n{string.Concat(arms)}        }}");
    }

    private void AppendDisplayImpl(string name, string body) => _items.Append(CultureInfo.InvariantCulture, $$"""
        impl fmt::Display for {{name}} {
            fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
                {{body}}
            }
        }


        """);

    /// <summary>A field's spec inside `write!`: its own, so the caller's does not reach it.</summary>
    private string FieldSpec(GType t) => t switch
    {
        IntType => Pick(IntSpecs),
        F64Type => Pick(FieldFloatSpecs),
        EnumType or StructType => HasDisplay(t) && Chance(60) ? Pick(["", ":>5"]) : ":?",
        _ => Pick(OtherSpecs),
    };

    /// <summary>`write!(f, "Name(a|b)", …)`: the caller's width and precision do not apply.</summary>
    private string WriteFields(string name, IReadOnlyList<(string Value, GType Type)> fields) =>
        $"write!(f, \"{name}({string.Join(Pick(["|", ", ", " "]), fields.Select(f => $"{{{FieldSpec(f.Type)}}}"))})\", {string.Join(", ", fields.Select(f => f.Value))})";

    /// <summary>`let s = format!(…); f.pad(&amp;s)`: the caller's width, fill, alignment and precision (truncation) apply to the whole.</summary>
    private string PadFields(string name, IReadOnlyList<(string Value, GType Type)> fields) =>
        $"let s = format!(\"{name}:{string.Join("/", fields.Select(f => $"{{{FieldSpec(f.Type)}}}"))}\", {string.Join(", ", fields.Select(f => f.Value))});\n        f.pad(&s)";

    /// <summary>A body that reads the caller's flags: `f.alternate()`, `f.width()`, `f.precision()`, `f.sign_plus()`.</summary>
    private string FlagsAware(string name, IReadOnlyList<(string Value, GType Type)> fields)
    {
        var first = fields[0].Value;
        return Weighted(
            (1, $"if f.alternate() {{\n            write!(f, \"{name}#{{:?}}\", {first})\n        }} else {{\n            {WriteFields(name, fields)}\n        }}"),
            (1, $"match f.width() {{\n            Some(w) => write!(f, \"{name}[w{{}}]{{}}\", w, {first}),\n            None => {WriteFields(name, fields)},\n        }}"),
            (1, $"if let Some(p) = f.precision() {{\n            write!(f, \"{name}[p{{}}]\", p)\n        }} else {{\n            {PadFields(name, fields)}\n        }}"),
            (1, $"let s = if f.sign_plus() {{ \"+\" }} else {{ \"\" }};\n        write!(f, \"{{}}{name}:{{}}\", s, {first})"));
    }

    /// <summary>A value of a type with `Display`, printed with a spec, as a string, or into a `format!`.</summary>
    private void DisplayStatement(StringBuilder sb, Scope s, int indent)
    {
        var types = _structs.Where(d => !d.IsGeneric && _displayed.Contains(d.Name)).Select(d => (GType)new StructType(d, []))
            .Concat(_enums.Where(d => !d.IsGeneric && _displayed.Contains(d.Name)).Select(d => (GType)new EnumType(d))).ToList();
        if (types.Count == 0)
        {
            Print(sb, s, indent);
            return;
        }
        var t = Pick(types);
        var value = Expr(t, s, 2);
        var spec = Pick(DisplaySpecs);
        var n = s.Fresh("ds");
        Line(sb, indent, Weighted(
            (4, $"println!(\"show [{{{spec}}}]\", {value});"),
            (2, $"println!(\"str {{:?}}\", ({value}).to_string());"),
            (2, $"{{ let {n} = format!(\"{{{spec}}}\", {value}); println!(\"fmt {{}} {{}}\", {n}.len(), {n}); }}"),
            (1, $"println!(\"two [{{0{spec}}}] [{{0}}]\", {value});")));
    }
}
