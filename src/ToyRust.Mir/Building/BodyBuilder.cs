using System.Collections.Immutable;
using ToyRust.Mir.Ir;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Text;

namespace ToyRust.Mir.Building;

/// <summary>
/// Builds the MIR of one function (see <see cref="MirBuilder"/> for the design). This file holds
/// the state: locals, the blocks under construction and the cursor that says which block code is
/// appended to, and the final clean-up. The partial files beside it lower one node family each.
/// </summary>
internal sealed partial class BodyBuilder
{
    private readonly BoundFunction? _function;
    private readonly FunctionSymbol _symbol;
    private readonly TextSpan _span;
    private readonly MirBuildOptions _options;
    private readonly TypeMemo _memo = new();
    private readonly List<LocalDecl> _locals = [];
    private readonly Dictionary<LocalSymbol, Local> _variables = new(ReferenceEqualityComparer.Instance);
    private readonly List<BlockUnderConstruction> _blocks = [];
    private readonly Dictionary<LoopLabel, LoopScope> _loops = new(ReferenceEqualityComparer.Instance);
    private BasicBlock _current;

    /// <summary>A block while it is built: statements so far, and the terminator once it is known.</summary>
    private sealed class BlockUnderConstruction
    {
        public List<Statement> Statements { get; } = [];

        public Terminator? Terminator { get; set; }

        /// <summary>Only unwinding reaches it (see BodyBuilder.Drops.cs).</summary>
        public bool IsCleanup { get; set; }
    }

    /// <summary>
    /// Where `break` and `continue` of one loop or labelled block go, and the place a
    /// `break value` writes (null when the loop's value is not used).
    /// </summary>
    /// <paramref name="Depth"/> is how many drop scopes were open where the loop starts: a jump out drops the ones above.
    private sealed record LoopScope(BasicBlock Break, BasicBlock? Continue, Place? Destination, int Depth);

    public BodyBuilder(BoundFunction function, MirBuildOptions options)
    {
        _function = function;
        _symbol = function.Symbol;
        _span = function.Body.Span;
        _options = options;
    }

    private FunctionSymbol Symbol => _symbol;

    /// <summary>`_0 = body; return`, then the clean-up of <see cref="Finish"/>.</summary>
    public MirBody Build()
    {
        var function = _function ?? throw new InvalidOperationException("a shim has no bound body");
        NewLocal(Resolve(Symbol.ReturnType), isMutable: true, null, function.Body.Span);
        PushScope(ScopeKind.Function);
        foreach (var parameter in Symbol.Parameters) ScheduleDrop(LocalOf(parameter), parameter.DeclarationSpan, temporary: false);
        if (Symbol.Closure is { } closure) MapUpvars(closure);
        _current = NewBlock();
        LowerInto(Place.ReturnPlace, function.Body);
        PopScope(function.Body.Span);
        Terminate(new ReturnTerminator(EndOf(function.Body.Span)));
        return Finish();
    }

    /// <summary>A type of the bound tree with the inference solution applied (generic parameters stay); a shim's types are concrete already.</summary>
    private TypeSymbol Resolve(TypeSymbol type) => _function is { } f ? f.Resolve(type, _memo) : type;

    private static TextSpan EndOf(TextSpan span) => new(span.End, 0);

    // ---- Locals ----------------------------------------------------------------------------

    private Local NewLocal(TypeSymbol type, bool isMutable, string? name, TextSpan span)
    {
        _locals.Add(new LocalDecl(type, isMutable, name, span));
        return new Local(_locals.Count - 1);
    }

    /// <summary>A temporary holding a value of <paramref name="type"/> (already resolved) on its way somewhere.</summary>
    private Local NewTemp(TypeSymbol type, TextSpan span) => NewLocal(type, isMutable: true, null, span);

    /// <summary>The local of a parameter or user variable, declared the first time it is met.</summary>
    private Local LocalOf(LocalSymbol variable)
    {
        if (!_variables.TryGetValue(variable, out var local))
        {
            local = NewLocal(Resolve(variable.Type), variable.IsMutable, variable.Name, variable.DeclarationSpan);
            _variables[variable] = local;
        }
        return local;
    }

    private TypeSymbol TypeOf(Place place) =>
        PlaceTypes.Of(IsUpvarRoot(place) ? Resolve(_upvarRoots[-1 - place.Local.Index].Type) : _locals[place.Local.Index].Type, place);

    // ---- Blocks and the cursor -------------------------------------------------------------

    private BasicBlock NewBlock()
    {
        _blocks.Add(new BlockUnderConstruction());
        return new BasicBlock(_blocks.Count - 1);
    }

    /// <summary>Continues appending code in <paramref name="block"/>.</summary>
    private void MoveTo(BasicBlock block) => _current = block;

    private void Push(Place place, Rvalue rvalue, TextSpan span) =>
        _blocks[_current.Index].Statements.Add(new AssignStatement(span, place, rvalue));

    /// <summary>
    /// Ends the current block. Code lowered after this point, until the next <see cref="MoveTo"/>,
    /// goes into a fresh block nobody jumps to: the code after a `return`, a `break` or a call that
    /// never returns. <see cref="Finish"/> removes such blocks.
    /// </summary>
    private void Terminate(Terminator terminator)
    {
        SetTerminator(_current, terminator);
        _current = NewBlock();
    }

    private void SetTerminator(BasicBlock block, Terminator terminator)
    {
        var data = _blocks[block.Index];
        if (data.Terminator is not null) throw new InvalidOperationException($"{block} is already terminated");
        data.Terminator = terminator;
    }

    private void Goto(BasicBlock target, TextSpan span) => Terminate(new GotoTerminator(span, target));

    /// <summary>
    /// A join point whose place in the block order is not known yet (the end of an `if`, a loop's
    /// exit): jump to <paramref name="forward"/> now, and <see cref="Land"/> it once the code
    /// before it has been lowered, so that blocks appear in source order.
    /// </summary>
    private BasicBlock NewForward() => NewBlock();

    /// <summary>Points <paramref name="forward"/> at a new block and continues there (<see cref="Finish"/> skips the empty forward block).</summary>
    private void Land(BasicBlock forward, TextSpan span)
    {
        var landing = NewBlock();
        SetTerminator(forward, new GotoTerminator(span, landing));
        MoveTo(landing);
    }

    /// <summary>
    /// The body as it will be read: the blocks in the order they were made, simplified by
    /// <see cref="SimplifyCfg"/> (rustc's SimplifyCfg does the same steps). It depends on nothing
    /// but the lowering order.
    /// </summary>
    private MirBody Finish()
    {
        var statements = _blocks.Select(b => new List<Statement>(b.Statements)).ToArray();
        var terminators = _blocks.Select(b => b.Terminator).ToArray();
        var blocks = SimplifyCfg.Run(statements, terminators, [.. _blocks.Select(b => b.IsCleanup)]);
        return new MirBody(Symbol, [.. _locals], Symbol.Parameters.Length, blocks, _span);
    }
}
