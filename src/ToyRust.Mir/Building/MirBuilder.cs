using System.Collections.Immutable;
using ToyRust.Mir.Ir;
using ToyRust.Semantics.Binding;

namespace ToyRust.Mir.Building;

/// <summary>
/// The MIR builder: lowers each checked function once, after type checking, from the bound tree
/// to a <see cref="MirBody"/> (the IR is described in Ir/Body.cs). It follows rustc's
/// `rustc_mir_build` in small.
///
/// Terms
/// - The *cursor* is the block code is appended to. Lowering an expression appends statements
///   there and may end the block with a terminator and continue in another; a `return`, `break`
///   or a call that never returns continues in a fresh block nobody jumps to (dead code).
/// - An expression is lowered in one of four ways, chosen by its *category* (rustc's `Category`):
///   * as a *place* (`LowerPlace`): locals, `*r`, `t.0`, `s.f`, `a[i]`; anything else is first
///     evaluated into a temporary, whose place is then used (as rustc does for `f().0`);
///   * as an *operand* (`LowerOperand`): a literal is a constant and an immutable local is read
///     directly (`copy _1`); anything else is evaluated into a temporary first (`move _5`), so its
///     value is taken at this point of the left-to-right order even if a later operand changes it;
///   * as an *rvalue* (`LowerRvalue`): operators on primitives, casts, borrows, aggregates;
///   * *into a destination* (`LowerInto`): blocks, `if`, `match`, loops and calls write their
///     value straight into the place that wants it (`_0` for a function's body, a `let`'s local),
///     or nowhere when the value is not used (an expression statement).
/// - A *temporary* is an unnamed local; a user variable (a <see cref="Semantics.Symbols.LocalSymbol"/>)
///   becomes one named local, declared where it is first met.
///
/// What becomes what
/// - Operators on primitives are rvalues, with the checks that panic in front as `Assert`s
///   (Operators file); on anything else, calls of the operator trait's method with the operand
///   types as type arguments: `a == b` on a tuple is `&lt;(i32, i32) as PartialEq&gt;::eq(&amp;a, &amp;b)`,
///   `p + q` is `&lt;V as Add&gt;::add(p, q)`. Nothing compiler-provided is inlined: the collector
///   resolves such calls to impls or shims.
/// - `&amp;&amp;`, `||`, `if`, loops, `break`/`continue`/`return` are control flow (Control file);
///   `for` over a range is desugared with a counter; `if let`/`while let` arrive as `match`.
/// - `match` and patterns become a decision tree of `switchInt`s (Match and Patterns files).
/// - `print!`/`panic!`/`std::process::exit` are calls of their own callees (Calls file).
///
/// Order. Operands are evaluated left to right, as Rust does and as the code generator did on
/// the bound tree: call arguments, aggregate elements, struct literal fields in the order they
/// are written and then the `..base`, the index of `a[i]` before its bounds check. An assignment
/// evaluates its value first and then the place; a compound assignment on primitives too, but one
/// through an operator trait (`v[i] += w` with `impl AddAssign for V`) evaluates the place first,
/// because it is the method call `AddAssign::add_assign(&amp;mut v[i], w)` (rustc does the same).
///
/// Clean-up. When a body is lowered, jumps to empty `goto` blocks go straight to their target, a
/// block that is the only successor of a `goto` and has no other predecessor is merged into it
/// (rustc's SimplifyCfg does both), unreachable blocks are removed (bb0 stays), and the rest are
/// renumbered in the order they were made. The output depends only on the bound tree.
///
/// What is not here yet: drops and moves (every type is `Copy` before L4, so operands copy).
/// The bodies of compiler-provided methods (`&lt;P as Clone&gt;::clone` of a derive, `&lt;(i32, i32)
/// as PartialOrd&gt;::lt`) are not lowered from source: <see cref="ShimBuilder"/> builds them.
///
/// Entry points: <see cref="Build"/> for one function, <see cref="BuildProgram"/> for all.
/// </summary>
public static class MirBuilder
{
    /// <summary>
    /// Lowers one checked function. <paramref name="options"/> must name the prelude's operator
    /// traits (<see cref="OperatorMethods.Of"/>) when the body uses an operator on a non-primitive type.
    /// </summary>
    /// <exception cref="InvalidOperationException">The body holds an error: build only programs that checked without errors.</exception>
    public static MirBody Build(BoundFunction function, MirBuildOptions options) => new BodyBuilder(function, options).Build();

    /// <summary>Lowers every function the program checked, in program order; the prelude's others are lowered when first asked for (<see cref="MirProgram.BodySource"/>).</summary>
    public static MirProgram BuildProgram(BoundProgram program, MirBuildOptions options)
    {
        var withTraits = options.Traits.IsEmpty ? options with { Traits = OperatorMethods.Of(program) } : options;
        withTraits = withTraits.Copy is null ? withTraits with { Copy = CopyTypes.Of(program) } : withTraits;
        withTraits = withTraits.Drops is null ? withTraits with { Drops = DropTypes.Of(program, withTraits.Copy!) } : withTraits;
        return new MirProgram([.. program.Functions.Select(f => Build(f, withTraits))])
        {
            Options = withTraits,
            BodySource = function => program.Body(function) is { } body ? Build(body, withTraits) : null,
        };
    }
}
