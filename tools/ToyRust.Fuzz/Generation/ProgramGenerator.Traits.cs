using System.Globalization;
using System.Text;

namespace ToyRust.Fuzz.Generation;

/// <summary>Traits and their impls, operator overloading, and the generic functions that use them.</summary>
public sealed partial class ProgramGenerator
{
    private void DeclareTraits()
    {
        _items.Append("""
            trait Score {
                fn score(&self) -> i64;

                fn bonus(&self, k: i64) -> i64 {
                    self.score() ^ k
                }

                fn make(k: i32) -> Self
                where
                    Self: Sized;
            }

            trait Label: Score {
                fn label(&self) -> i64 {
                    self.score() % 1000 + 1
                }
            }

            trait Conv<U> {
                fn conv(&self) -> U;
            }

            impl Score for i32 {
                fn score(&self) -> i64 {
                    *self as i64 * 3
                }

                fn make(k: i32) -> Self {
                    k
                }
            }

            impl Score for u8 {
                fn score(&self) -> i64 {
                    (*self as i64) << 2
                }

                fn make(k: i32) -> Self {
                    k as u8
                }
            }

            impl Score for bool {
                fn score(&self) -> i64 {
                    if *self { 7 } else { -7 }
                }

                fn make(k: i32) -> Self {
                    k % 2 == 0
                }
            }

            impl Label for i32 {}

            impl Conv<i64> for u8 {
                fn conv(&self) -> i64 {
                    *self as i64 + 1
                }
            }

            impl Conv<u8> for i32 {
                fn conv(&self) -> u8 {
                    *self as u8
                }
            }


            """);
        _scored.AddRange([IntType.I32, IntType.U8, BoolType.Instance]);
        _labelled.Add(IntType.I32);
        _conversions["u8"] = IntType.I64;
        _conversions["i32"] = IntType.U8;
        foreach (var def in _structs.Where(d => !d.IsGeneric)) ImplementScore(new StructType(def, []), StructScore(def), StructMake(def));
        foreach (var def in _enums.Where(d => !d.IsGeneric)) ImplementScore(new EnumType(def), EnumScore(def), EnumMake(def));
        if (_structs.Any(d => d.Name == Wrap)) ImplementWrapScore();
    }

    private void ImplementScore(GType t, string score, string make)
    {
        _scored.Add(t);
        _items.Append(CultureInfo.InvariantCulture, $$"""
            impl Score for {{t.Rust}} {
                fn score(&self) -> i64 {
                    {{score}}
                }

                fn make(k: i32) -> Self {
                    {{make}}
                }
            }


            """);
        if (Chance(60))
        {
            _labelled.Add(t);
            _items.Append(Chance(50) ? $"impl Label for {t.Rust} {{}}\n\n" : $"impl Label for {t.Rust} {{\n    fn label(&self) -> i64 {{\n        self.score() - 1\n    }}\n}}\n\n");
        }
        if (!_conversions.ContainsKey(t.Rust) && Chance(50))
        {
            _conversions[t.Rust] = IntType.I32;
            _items.Append(CultureInfo.InvariantCulture, $"impl Conv<i32> for {t.Rust} {{\n    fn conv(&self) -> i32 {{\n        self.score() as i32\n    }}\n}}\n\n");
        }
    }

    private string StructScore(StructDef def) => def.Name == Vec2
        ? "self.x as i64 - self.y as i64"
        : def.Fields.Count == 0 ? "0"
        : string.Join(" ^ ", def.Fields.Select(f => AsI64($"self.{FieldName(def, f.Name)}", f.Type)));

    private static string StructMake(StructDef def) => Construct(def, [.. def.Fields.Select(f => FromK(f.Type))]);

    /// <summary>A value of a scalar type made from the `i32` parameter `k` of `Score::make`.</summary>
    private static string FromK(GType t) => t switch
    {
        IntType i => $"k as {i.Name}",
        BoolType => "k > 0",
        CharType => "((k as u8) % 26 + 65) as char",
        F64Type => "k as f64 / 4.0",
        _ => throw new InvalidOperationException($"no value of {t} from k"),
    };

    private static string EnumScore(EnumDef def)
    {
        var arms = new StringBuilder("match self {\n");
        foreach (var (v, i) in def.Variants.Select((v, i) => (v, i)))
        {
            var pattern = v.IsUnit ? $"{def.Name}::{v.Name}"
                : v.Named ? $"{def.Name}::{v.Name} {{ {v.Fields[0].Name}, .. }}"
                : $"{def.Name}::{v.Name}({string.Join(", ", v.Fields.Select((_, j) => j == 0 ? "a" : "_"))})";
            var value = v.IsUnit ? (i * 11 + 1).ToString(CultureInfo.InvariantCulture) : AsI64("*" + (v.Named ? v.Fields[0].Name : "a"), v.Fields[0].Type);
            arms.Append(CultureInfo.InvariantCulture, $"            {pattern} => {value},\n");
        }
        return arms.Append("        }").ToString();
    }

    private static string EnumMake(EnumDef def)
    {
        var unit = def.Variants.FirstOrDefault(v => v.IsUnit);
        var full = def.Variants.FirstOrDefault(v => !v.IsUnit) ?? def.Variants[0];
        var made = full.IsUnit ? $"{def.Name}::{full.Name}"
            : full.Named ? $"{def.Name}::{full.Name} {{ {string.Join(", ", full.Fields.Select(f => $"{f.Name}: {FromK(f.Type)}"))} }}"
            : $"{def.Name}::{full.Name}({string.Join(", ", full.Fields.Select(f => FromK(f.Type)))})";
        return unit is null ? made : $"if k < 0 {{ {def.Name}::{unit.Name} }} else {{ {made} }}";
    }

    private void ImplementWrapScore()
    {
        _items.Append("""
            impl<T: Score> Score for Wrap<T> {
                fn score(&self) -> i64 {
                    self.v.score() + self.n as i64
                }

                fn make(k: i32) -> Self {
                    Wrap { v: T::make(k), n: k as u8 }
                }
            }

            impl<T: Score> Label for Wrap<T> {}


            """);
    }

    private bool IsScored(GType t) =>
        _scored.Any(t.Same) || (t is StructType { Def.Name: Wrap } w && IsScored(w.Arguments[0]));

    private bool IsLabelled(GType t) =>
        _labelled.Any(t.Same) || (t is StructType { Def.Name: Wrap } w && IsScored(w.Arguments[0]));

    /// <summary>`V` gets `+ - * / %` (the last three by a scalar), unary `-` and every `*Assign` form by hand, and a hand-written `PartialOrd`.</summary>
    private void DeclareOperators()
    {
        if (!_structs.Any(d => d.Name == Vec2)) return;
        var k = _vecField.Name;
        _handOrdered.Add(Vec2);
        _items.Append(CultureInfo.InvariantCulture, $$"""
            impl Add for V {
                type Output = V;

                fn add(self, o: V) -> V {
                    V { x: self.x + o.x, y: self.y + o.y }
                }
            }

            impl Sub for V {
                type Output = V;

                fn sub(self, o: V) -> V {
                    V { x: self.x - o.x, y: self.y - o.y }
                }
            }

            impl Mul<{{k}}> for V {
                type Output = V;

                fn mul(self, k: {{k}}) -> V {
                    V { x: self.x * k, y: self.y * k }
                }
            }

            impl Div<{{k}}> for V {
                type Output = V;

                fn div(self, k: {{k}}) -> V {
                    V { x: self.x / k, y: self.y / k }
                }
            }

            impl Rem<{{k}}> for V {
                type Output = V;

                fn rem(self, k: {{k}}) -> V {
                    V { x: self.x % k, y: self.y % k }
                }
            }

            impl Neg for V {
                type Output = V;

                fn neg(self) -> V {
                    V { x: -self.x, y: -self.y }
                }
            }

            impl AddAssign for V {
                fn add_assign(&mut self, o: V) {
                    self.x += o.x;
                    self.y += o.y;
                }
            }

            impl SubAssign for V {
                fn sub_assign(&mut self, o: V) {
                    self.x -= o.x;
                    self.y -= o.y;
                }
            }

            impl MulAssign<{{k}}> for V {
                fn mul_assign(&mut self, k: {{k}}) {
                    *self = *self * k;
                }
            }

            impl DivAssign<{{k}}> for V {
                fn div_assign(&mut self, k: {{k}}) {
                    self.x /= k;
                    self.y /= k;
                }
            }

            impl RemAssign<{{k}}> for V {
                fn rem_assign(&mut self, k: {{k}}) {
                    self.x = self.x % k;
                    self.y %= k;
                }
            }

            impl PartialOrd for V {
                fn partial_cmp(&self, o: &V) -> Option<Ordering> {
                    self.x.partial_cmp(&o.x)
                }
            }


            """);
    }

    private void DeclareGenerics() => _items.Append("""
        fn gmax<T: PartialOrd + Copy>(a: T, b: T) -> T {
            if a > b { a } else { b }
        }

        fn gmin<T>(a: T, b: T) -> T
        where
            T: PartialOrd + Copy,
        {
            if a <= b { a } else { b }
        }

        fn swap2<A: Copy, B: Copy>(p: (A, B)) -> (B, A) {
            (p.1, p.0)
        }

        fn total<T: Score>(x: &T, k: i64) -> i64 {
            x.score() + x.bonus(k)
        }

        fn labelled<T: Label + Copy>(x: T) -> i64 {
            x.label()
        }

        fn build<T: Score>(k: i32) -> T {
            T::make(k)
        }

        fn sum3<T: Add<Output = T> + Copy>(a: T, b: T, c: T) -> T {
            a + b + c
        }

        fn first_or<T: Copy>(o: Option<T>, d: T) -> T {
            match o {
                Some(v) => v,
                None => d,
            }
        }

        fn same<T: PartialEq>(a: &T, b: &T) -> bool {
            a == b
        }

        fn fresh<T: Default>() -> T {
            T::default()
        }

        fn dup<T: Clone>(x: &T) -> (T, T) {
            (x.clone(), x.clone())
        }

        fn conv_of<U, T: Conv<U>>(x: &T) -> U {
            x.conv()
        }


        """);

    /// <summary>
    /// The helpers that take trait objects and `impl Trait` (level L4), declared after `main` and
    /// only in a program that calls them (<see cref="DynOrImplCall"/>), so that a small program
    /// stays small.
    /// </summary>
    private const string TraitObjectHelpers = """

        fn dyn_total(x: &dyn Score, k: i64) -> i64 {
            x.score() + x.bonus(k)
        }

        fn dyn_pair(a: &dyn Score, b: &dyn Score) -> i64 {
            let xs: [&dyn Score; 2] = [a, b];
            xs[0].score() ^ xs[1].bonus(5)
        }

        fn dyn_label(x: &mut dyn Label, k: i64) -> i64 {
            let s: &dyn Score = x;
            s.bonus(k) + x.label()
        }

        fn impl_total(x: &impl Score, k: i64) -> i64 {
            x.score() - x.bonus(k)
        }

        fn impl_label<T: Score>(x: T, y: impl Label + Copy) -> i64 {
            let z = y;
            x.score() * 3 + z.label() + y.score()
        }

        fn opaque_of<T: Score + Copy>(x: T) -> impl Score + Copy {
            x
        }

        fn opaque_label<T: Label + Copy>(x: T, flip: bool) -> impl Label {
            if flip {
                return x;
            }
            x
        }


        """;
}
