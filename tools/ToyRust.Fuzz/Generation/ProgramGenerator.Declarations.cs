using System.Globalization;

namespace ToyRust.Fuzz.Generation;

/// <summary>
/// The items of a program: consts, structs (named, tuple, the generic `Wrap&lt;T&gt;` and the
/// operator struct `V`), enums, the traits `Score` (required, default and associated functions),
/// `Label: Score` (a supertrait) and `Conv&lt;U&gt;` (a generic trait) with impls on primitives,
/// structs, enums and `Wrap&lt;T: Score&gt;`, operator impls, generic functions and helpers.
/// </summary>
public sealed partial class ProgramGenerator
{
    private const string Wrap = "Wrap";
    private const string Vec2 = "V";
    private const string Tri = "Tri";

    private readonly List<GType> _scored = [];
    private readonly List<GType> _labelled = [];
    private readonly Dictionary<string, GType> _conversions = [];
    private readonly HashSet<string> _handOrdered = [];
    private readonly HashSet<string> _handDefault = [];
    private IntType _vecField = IntType.I32;

    private void DeclareConsts()
    {
        for (var i = 0; i < Between(0, 3); i++)
        {
            var t = IntTypeChoice();
            var v = Clamp(t, Between(1, 500));
            _consts.Add(($"K{i}", t, v));
            _items.Append(CultureInfo.InvariantCulture, $"const K{i}: {t.Name} = {v};\n");
        }
        if (_consts.Count > 0) _items.Append('\n');
    }

    private void DeclareStructs()
    {
        for (var k = 0; k < Between(1, 3); k++)
        {
            var fields = Enumerable.Range(0, Between(1, 4)).Select(i => ($"f{i}", ScalarType())).ToList();
            var derives = new List<string> { "Debug", "Clone", "Copy", "PartialEq" };
            if (Chance(50)) derives.Add("PartialOrd");
            if (Chance(50)) derives.Add("Default");
            AddStruct(new StructDef($"S{k}", IsTuple: Chance(30), fields, derives));
        }
        if (Chance(40)) AddStruct(new StructDef("Unit", true, [], ["Debug", "Clone", "Copy", "PartialEq", "PartialOrd", "Default"]));
        if (Chance(80)) AddStruct(new StructDef(Wrap, false, [("v", new TypeParam("T", 0)), ("n", IntType.U8)], ["Debug", "Clone", "Copy", "PartialEq"]));
        if (Chance(70))
        {
            _vecField = Pick([IntType.I32, IntType.I64, IntType.I16]);
            AddStruct(new StructDef(Vec2, false, [("x", _vecField), ("y", _vecField)], ["Debug", "Clone", "Copy", "PartialEq", "Default"]));
        }
    }

    private void AddStruct(StructDef def)
    {
        _structs.Add(def);
        var generics = def.IsGeneric ? "<T>" : "";
        _items.Append(CultureInfo.InvariantCulture, $"#[derive({string.Join(", ", def.Derives)})]\n");
        if (def.Fields.Count == 0) _items.Append(CultureInfo.InvariantCulture, $"struct {def.Name};\n\n");
        else if (def.IsTuple) _items.Append(CultureInfo.InvariantCulture, $"struct {def.Name}{generics}({string.Join(", ", def.Fields.Select(f => f.Type.Rust))});\n\n");
        else _items.Append(CultureInfo.InvariantCulture, $"struct {def.Name}{generics} {{\n{string.Concat(def.Fields.Select(f => $"    {f.Name}: {f.Type.Rust},\n"))}}}\n\n");
        if (!def.IsGeneric && def.Name != Vec2 && def.Fields.Count > 0) DeclareInherentImpl(def);
        if (!def.IsGeneric && !def.Has("Default") && Chance(50)) DeclareDefault(def);
        if (def.IsGeneric) DeclareWrapImpl();
    }

    /// <summary>`new` (an associated function), `weight(&amp;self)`, `shift(&amp;mut self, k)` and `with(self, …)`.</summary>
    private void DeclareInherentImpl(StructDef def)
    {
        var parameters = def.Fields.Select(f => ($"a_{f.Name}", f.Type)).ToList();
        var first = def.Fields[0];
        var firstIsInt = first.Type is IntType;
        _items.Append(CultureInfo.InvariantCulture, $$"""
            impl {{def.Name}} {
                fn new({{string.Join(", ", parameters.Select(p => $"{p.Item1}: {p.Type.Rust}"))}}) -> Self {
                    {{Construct(def, parameters.Select(p => p.Item1).ToList())}}
                }

                fn weight(&self) -> i64 {
                    {{string.Join(" + ", def.Fields.Select(f => AsI64($"self.{FieldName(def, f.Name)}", f.Type)))}}
                }

                fn shift(&mut self, k: {{first.Type.Rust}}) {
                    self.{{FieldName(def, first.Name)}} = {{(firstIsInt ? $"self.{FieldName(def, first.Name)} ^ k" : "k")}};
                }

                fn with(self, k: {{first.Type.Rust}}) -> Self {
                    {{(def.IsTuple ? Construct(def, [.. def.Fields.Select((f, i) => i == 0 ? "k" : $"self.{i}")]) : $"Self {{ {first.Name}: k, ..self }}")}}
                }
            }


            """);
    }

    /// <summary>`Default` written by hand (through `Score::make`) for a struct that does not derive it.</summary>
    private void DeclareDefault(StructDef def)
    {
        _handDefault.Add(def.Name);
        _items.Append(CultureInfo.InvariantCulture, $"impl Default for {def.Name} {{\n    fn default() -> Self {{\n        <{def.Name} as Score>::make(7)\n    }}\n}}\n\n");
    }

    private static string FieldName(StructDef def, string field) =>
        def.IsTuple ? def.Fields.Select((f, i) => (f, i)).First(p => p.f.Name == field).i.ToString(CultureInfo.InvariantCulture) : field;

    private static string Construct(StructDef def, IReadOnlyList<string> values) => def.Fields.Count == 0 ? def.Name : def.IsTuple
        ? $"{def.Name}({string.Join(", ", values)})"
        : $"{def.Name} {{ {string.Join(", ", def.Fields.Select((f, i) => f.Name == values[i] ? f.Name : $"{f.Name}: {values[i]}"))} }}";

    private static string AsI64(string value, GType t) => t switch
    {
        IntType or BoolType => $"({value} as i64)",
        CharType => $"({value} as u32 as i64)",
        F64Type => $"({value} as i64)",
        _ => "0",
    };

    private void DeclareWrapImpl() => _items.Append("""
        impl<T: Copy> Wrap<T> {
            fn new(v: T) -> Self {
                Wrap { v, n: 1 }
            }

            fn get(&self) -> T {
                self.v
            }

            fn with_n(self, n: u8) -> Wrap<T> {
                Wrap { n, ..self }
            }

            fn pair<U: Copy>(&self, u: U) -> (T, U) {
                (self.v, u)
            }
        }


        """);

    private void DeclareEnums()
    {
        for (var k = 0; k < Between(1, 2); k++)
        {
            var variants = new List<VariantDef>();
            for (var v = 0; v < Between(2, 4); v++)
            {
                var kind = Between(0, 2);
                var fields = kind == 0 ? [] : Enumerable.Range(0, Between(1, 2)).Select(i => ($"g{i}", ScalarType())).ToList();
                variants.Add(new VariantDef($"V{v}", fields, Named: kind == 2));
            }
            var derives = new List<string> { "Debug", "Clone", "Copy", "PartialEq" };
            if (Chance(40)) derives.Add("PartialOrd");
            AddEnum(new EnumDef($"E{k}", variants, derives));
        }
        if (Chance(70)) DeclareGenericEnum();
    }

    private void AddEnum(EnumDef def)
    {
        _enums.Add(def);
        var generics = def.IsGeneric ? "<T>" : "";
        _items.Append(CultureInfo.InvariantCulture, $"#[derive({string.Join(", ", def.Derives)})]\nenum {def.Name}{generics} {{\n");
        foreach (var v in def.Variants) _items.Append(CultureInfo.InvariantCulture, $"    {VariantDeclaration(v)},\n");
        _items.Append("}\n\n");
    }

    /// <summary>The generic enum `Tri&lt;T&gt;` (tuple, struct and unit variants) and a generic impl with a `match` on `self`.</summary>
    private void DeclareGenericEnum()
    {
        var t = new TypeParam("T", 0);
        var derives = new List<string> { "Debug", "Clone", "Copy", "PartialEq" };
        if (Chance(40)) derives.Add("PartialOrd");
        AddEnum(new EnumDef(Tri, [new VariantDef("Both", [("g0", t), ("g1", t)], false), new VariantDef("One", [("v", t), ("k", IntType.U8)], true), new VariantDef("Zero", [], false)], derives));
        _items.Append("""
            impl<T: Copy> Tri<T> {
                fn head_or(self, d: T) -> T {
                    match self {
                        Tri::Both(a, _) => a,
                        Tri::One { v, .. } => v,
                        Tri::Zero => d,
                    }
                }

                fn count(&self) -> u8 {
                    match *self {
                        Self::Both(..) => 2,
                        Self::One { k, .. } => k,
                        Self::Zero => 0,
                    }
                }
            }


            """);
    }

    private static string VariantDeclaration(VariantDef v) => v.IsUnit ? v.Name
        : v.Named ? $"{v.Name} {{ {string.Join(", ", v.Fields.Select(f => $"{f.Name}: {f.Type.Rust}"))} }}"
        : $"{v.Name}({string.Join(", ", v.Fields.Select(f => f.Type.Rust))})";
}
