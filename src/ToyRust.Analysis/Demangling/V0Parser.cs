using System.Globalization;

namespace ToyRust.Analysis.Demangling;

/// <summary>
/// A recursive-descent parser for the v0 grammar (one method per production), building the tree of
/// V0Nodes.cs. Backreferences (`B&lt;base-62&gt;`) must point before their own tag; each target is
/// parsed once and shared, so parsing is linear in the name's length. Nesting deeper than
/// <see cref="MaxDepth"/> and every malformed input throw <see cref="DemangleException"/>.
///
/// Like libiberty, the parser is lenient in the parts of a name that are never printed — an impl's
/// own path (`M`/`X`) and the instantiating crate: there a backreference that does not resolve, or
/// an undecodable punycode identifier, is replaced by a placeholder instead of failing the name.
/// Backreference targets are cached per context (printed or not), so a placeholder never leaks into
/// the printed name, and failures in unprinted parts are cached too. Every production counts
/// against a budget proportional to the name's length, which bounds the work on any input.
/// Base-62 numbers wrap around at 64 bits, as in libiberty.
/// </summary>
internal sealed class V0Parser
{
    public const int MaxDepth = 300;

    private readonly string _text;
    private readonly int _start;
    private readonly int _end;
    private int _pos;
    private int _depth;
    private int _unprinted;
    private int _steps;
    private readonly int _budget;
    private Dictionary<int, V0Path>? _pathRefs;
    private Dictionary<int, V0Type>? _typeRefs;
    private Dictionary<int, V0Const>? _constRefs;

    private V0Parser(string text, int start, int end)
    {
        _text = text;
        _start = start;
        _end = end;
        _pos = start;
        _budget = 64 * (end - start) + 4096;
    }

    /// <summary>Parses `&lt;path&gt; [&lt;instantiating-crate&gt;]` spanning exactly [start, end).</summary>
    public static V0Path ParseSymbol(string text, int start, int end)
    {
        var parser = new V0Parser(text, start, end);
        var path = parser.ParsePath();
        if (parser._pos < end)
            parser.ParseUnprintedPath();
        if (parser._pos != end)
            throw new DemangleException("trailing characters");
        return path;
    }

    // ---- paths ----

    private V0Path ParsePath()
    {
        Enter();
        int tagPos = _pos;
        var path = Next() switch
        {
            'C' => ParseCrateRoot(),
            'N' => ParseNested(),
            'M' => ParseImpl(hasImplPath: true, hasTrait: false),
            'X' => ParseImpl(hasImplPath: true, hasTrait: true),
            'Y' => ParseImpl(hasImplPath: false, hasTrait: true),
            'I' => new GenericPath(ParsePath(), ParseGenericArgs()),
            'B' => Backref(tagPos, ref _pathRefs, ParsePath, Unresolved),
            _ => throw new DemangleException("bad path tag"),
        };
        _depth--;
        return path;
    }

    private CrateRoot ParseCrateRoot()
    {
        var disambiguator = ParseOptionalBase62('s');
        return new CrateRoot(ParseIdent(), disambiguator);
    }

    private NestedPath ParseNested()
    {
        char ns = Next();
        if (!char.IsAsciiLetter(ns))
            throw new DemangleException("bad namespace");
        var parent = ParsePath();
        var disambiguator = ParseOptionalBase62('s');
        bool named = !IsEmptyIdent();
        return new NestedPath(ns, parent, disambiguator, ParseIdent(), named);
    }

    private ImplItemPath ParseImpl(bool hasImplPath, bool hasTrait)
    {
        V0Path? implPath = null;
        if (hasImplPath)
        {
            ParseOptionalBase62('s');
            implPath = ParseUnprintedPath();
        }
        var selfType = ParseType();
        var trait = hasTrait ? ParsePath() : null;
        return new ImplItemPath(implPath, selfType, trait);
    }

    private static readonly CrateRoot Unresolved = new("", 0);

    private V0Path ParseUnprintedPath()
    {
        _unprinted++;
        try
        {
            return ParsePath();
        }
        finally
        {
            _unprinted--;
        }
    }

    private List<V0GenericArg> ParseGenericArgs()
    {
        var args = new List<V0GenericArg>();
        while (!Eat('E'))
            args.Add(ParseGenericArg());
        return args;
    }

    private V0GenericArg ParseGenericArg()
    {
        if (Eat('L'))
            return new LifetimeArg(ParseBase62());
        if (Eat('K'))
            return ParseConst();
        return ParseType();
    }

    // ---- types ----

    private V0Type ParseType()
    {
        Enter();
        int tagPos = _pos;
        char tag = Next();
        var type = BasicTypeName(tag) is { } basic ? new BasicType(basic) : ParseCompoundType(tag, tagPos);
        _depth--;
        return type;
    }

    private V0Type ParseCompoundType(char tag, int tagPos)
    {
        switch (tag)
        {
            case 'R' or 'Q':
                var lifetime = Eat('L') ? ParseBase62() : 0;
                return new RefType(tag == 'Q', lifetime, ParseType());
            case 'P' or 'O':
                return new PtrType(tag == 'O', ParseType());
            case 'A':
                return new ArrayType(ParseType(), ParseConst());
            case 'S':
                return new ArrayType(ParseType(), null);
            case 'T':
                return new TupleType(ParseTypeList());
            case 'F':
                return ParseFnType();
            case 'D':
                return ParseDynType();
            case 'B':
                return Backref(tagPos, ref _typeRefs, ParseType, UnresolvedType);
            default:
                _pos = tagPos;
                return new PathType(ParsePath());
        }
    }

    private static readonly BasicType UnresolvedType = new("_");

    private List<V0Type> ParseTypeList()
    {
        var types = new List<V0Type>();
        while (!Eat('E'))
            types.Add(ParseType());
        return types;
    }

    private FnType ParseFnType()
    {
        var binder = ParseBinder();
        bool isUnsafe = Eat('U');
        string? abi = Eat('K') ? ParseAbi() : null;
        var parameters = ParseTypeList();
        var ret = Eat('u') ? null : ParseType();
        return new FnType(binder, isUnsafe, abi, parameters, ret);
    }

    private string ParseAbi()
    {
        if (Eat('C'))
            return "C";
        if (Peek() == 'u')
            throw new DemangleException("punycode ABI");
        var abi = ParseIdent();
        if (abi.Length == 0)
            throw new DemangleException("empty ABI");
        return abi.Replace('_', '-');
    }

    private DynType ParseDynType()
    {
        var binder = ParseBinder();
        var traits = new List<DynTrait>();
        while (!Eat('E'))
            traits.Add(ParseDynTrait());
        if (!Eat('L'))
            throw new DemangleException("dyn without lifetime");
        return new DynType(binder, traits, ParseBase62());
    }

    private DynTrait ParseDynTrait()
    {
        var path = ParsePath();
        var bindings = new List<(string, V0Type)>();
        while (Eat('p'))
            bindings.Add((ParseIdent(), ParseType()));
        return new DynTrait(path, bindings);
    }

    private ulong ParseBinder()
    {
        var count = ParseOptionalBase62('G');
        if (count > (ulong)(_end - _start))
            throw new DemangleException("implausible binder");
        return count;
    }

    private static string? BasicTypeName(char tag) => tag switch
    {
        'b' => "bool",
        'c' => "char",
        'e' => "str",
        'u' => "()",
        'a' => "i8",
        's' => "i16",
        'l' => "i32",
        'x' => "i64",
        'n' => "i128",
        'i' => "isize",
        'h' => "u8",
        't' => "u16",
        'm' => "u32",
        'y' => "u64",
        'o' => "u128",
        'j' => "usize",
        'f' => "f32",
        'd' => "f64",
        'z' => "!",
        'p' => "_",
        'v' => "...",
        _ => null,
    };

    // ---- consts ----

    private V0Const ParseConst()
    {
        Enter();
        int tagPos = _pos;
        var value = Next() switch
        {
            'p' => new V0Const("_"),
            'h' or 't' or 'm' or 'y' or 'o' or 'j' => new V0Const(ParseUnsignedValue()),
            'a' or 's' or 'l' or 'x' or 'n' or 'i' => new V0Const(Eat('n') ? "-" + ParseUnsignedValue() : ParseUnsignedValue()),
            'b' => new V0Const(ParseBoolValue()),
            'c' => new V0Const(ParseCharValue()),
            'B' => Backref(tagPos, ref _constRefs, ParseConst, UnresolvedConst),
            _ => throw new DemangleException("bad const"),
        };
        _depth--;
        return value;
    }

    private static readonly V0Const UnresolvedConst = new("_");

    /// <summary>
    /// Values up to 64 bits in decimal, longer ones as hex. The oracle, binutils 2.40, prints those off
    /// by one (its slice of the name starts one digit late and takes the closing `_`), so
    /// `Koffffffffffffffffffffffffffffffff_` is `0xfffffffffffffffffffffffffffffff_` — 31 `f`s and a `_`.
    /// That bug is kept on purpose: Demangled must equal what `nm -C` prints.
    /// </summary>
    private string ParseUnsignedValue()
    {
        var digits = ParseHexDigits();
        if (digits.Length == 0)
            throw new DemangleException("empty const");
        if (digits.Length > 16)
            return "0x" + digits[1..].ToString() + "_";
        return ulong.Parse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
    }

    private string ParseBoolValue() => ParseHexDigits() switch
    {
        "0" => "false",
        "1" => "true",
        _ => throw new DemangleException("bad bool const"),
    };

    private string ParseCharValue()
    {
        var digits = ParseHexDigits();
        if (digits.Length == 0 || digits.Length > 8)
            throw new DemangleException("bad char const");
        var value = uint.Parse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        return value switch
        {
            '\t' => @"'\t'",
            '\r' => @"'\r'",
            '\n' => @"'\n'",
            > ' ' and < '~' => $"'{(char)value}'",
            _ => $"'\\u{{{value:x}}}'",
        };
    }

    private ReadOnlySpan<char> ParseHexDigits()
    {
        int begin = _pos;
        while (!Eat('_'))
        {
            if (!char.IsAsciiHexDigitLower(Next()))
                throw new DemangleException("bad hex digit");
        }
        return _text.AsSpan(begin, _pos - 1 - begin);
    }

    // ---- identifiers, numbers, backreferences ----

    /// <summary>Whether the identifier ahead has length 0 (`0`, `u0`): such a name is not printed at all.</summary>
    private bool IsEmptyIdent()
    {
        int at = _pos < _end && _text[_pos] == 'u' ? _pos + 1 : _pos;
        return at < _end && _text[at] == '0';
    }

    private string ParseIdent()
    {
        bool punycode = Eat('u');
        int length = ParseDecimalLength();
        Eat('_');
        if (length > _end - _pos)
            throw new DemangleException("identifier past the end");
        var raw = _text.AsSpan(_pos, length);
        _pos += length;
        if (!punycode)
            return raw.ToString();
        try
        {
            return DecodePunycode(raw);
        }
        catch (DemangleException) when (_unprinted > 0)
        {
            return raw.ToString();
        }
    }

    private int ParseDecimalLength()
    {
        char first = Next();
        if (!char.IsAsciiDigit(first))
            throw new DemangleException("identifier without length");
        int length = first - '0';
        if (first == '0')
            return 0;
        while (_pos < _end && char.IsAsciiDigit(_text[_pos]))
        {
            length = length * 10 + (_text[_pos++] - '0');
            if (length > _end)
                throw new DemangleException("identifier past the end");
        }
        return length;
    }

    private static string DecodePunycode(ReadOnlySpan<char> raw)
    {
        int separator = raw.LastIndexOf('_');
        var basic = separator < 0 ? [] : raw[..separator];
        var digits = raw[(separator + 1)..];
        if (digits.Length == 0)
            throw new DemangleException("empty punycode");
        return Punycode.Decode(basic, digits);
    }

    private T Backref<T>(int tagPos, ref Dictionary<int, T>? cache, Func<T> parse, T unresolved)
    {
        var offset = ParseBase62();
        int resume = _pos, depth = _depth;
        bool lenient = _unprinted > 0;
        if (offset >= (ulong)(tagPos - _start))
            return lenient ? unresolved : throw new DemangleException("forward backreference");
        int key = 2 * (int)offset + (lenient ? 1 : 0);
        cache ??= [];
        if (cache.TryGetValue(key, out var known))
            return known;
        try
        {
            _pos = _start + (int)offset;
            return cache[key] = parse();
        }
        catch (DemangleException) when (lenient)
        {
            _depth = depth;
            return cache[key] = unresolved;
        }
        finally
        {
            _pos = resume;
        }
    }

    private ulong ParseOptionalBase62(char tag) => Eat(tag) ? unchecked(ParseBase62() + 1) : 0;

    /// <summary>`_` is 0; `&lt;digits&gt;_` is the base-62 value plus one, modulo 2^64.</summary>
    private ulong ParseBase62()
    {
        if (Eat('_'))
            return 0;
        ulong value = 0;
        while (!Eat('_'))
            value = unchecked(value * 62 + Base62Digit(Next()));
        return unchecked(value + 1);
    }

    private static ulong Base62Digit(char c) => c switch
    {
        >= '0' and <= '9' => (ulong)(c - '0'),
        >= 'a' and <= 'z' => (ulong)(10 + c - 'a'),
        >= 'A' and <= 'Z' => (ulong)(36 + c - 'A'),
        _ => throw new DemangleException("bad base-62 digit"),
    };

    private void Enter()
    {
        if (++_depth > MaxDepth)
            throw new DemangleException("nesting too deep");
        if (++_steps > _budget)
            throw new DemangleException("name too complex");
    }

    private char Next() => _pos < _end ? _text[_pos++] : throw new DemangleException("unexpected end");

    private char Peek() => _pos < _end ? _text[_pos] : '\0';

    private bool Eat(char c)
    {
        if (_pos >= _end || _text[_pos] != c)
            return false;
        _pos++;
        return true;
    }
}
