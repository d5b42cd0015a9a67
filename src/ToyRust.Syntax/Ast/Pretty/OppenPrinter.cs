using System.Text;

namespace ToyRust.Syntax.Ast.Pretty;

/// <summary>How the breaks of a box behave once the box does not fit on the line.</summary>
internal enum Breaks
{
    /// <summary>Every break of the box becomes a newline (a block's statements, match arms).</summary>
    Consistent,
    /// <summary>A break becomes a newline only if what follows it up to the next break does not fit (argument lists).</summary>
    Inconsistent,
}

/// <summary>
/// The line breaker of rustc's pretty-printer (rustc_ast_pretty's `pp.rs`), which is Derek Oppen's
/// algorithm ("Pretty Printing", 1979, as Philip Karlton implemented it in Mesa), kept step for
/// step because its output — down to where a long `assert!` condition breaks — is what rustc
/// prints and what ToyRust must print too.
///
/// <para><b>Input.</b> A stream of tokens: a <i>string</i> (printed as is), a <i>break</i> (either
/// <c>blank</c> spaces, or a newline indented by the enclosing box's indentation plus
/// <c>offset</c>), and <i>begin</i>/<i>end</i> pairs that delimit boxes. A box that fits on the
/// rest of the line prints all its breaks as spaces. One that does not either breaks every break
/// (<see cref="Breaks.Consistent"/>) or only those whose following chunk would not fit
/// (<see cref="Breaks.Inconsistent"/>); its indentation is the indentation of the enclosing broken
/// box plus its own offset (not the column it starts at). Lines are <see cref="Margin"/> columns
/// wide, but a deeply indented line still gets <see cref="MinSpace"/> columns.</para>
///
/// <para><b>SCAN and PRINT.</b> Whether a box fits depends on its size, which is known only at its
/// end. SCAN (<c>Scan*</c>) appends tokens to a buffer with a provisional size (minus the running
/// total at the token, so that adding the total at the end gives the length) and keeps the
/// unresolved begins and breaks on <c>_scanStack</c>; an end, or the next break, resolves them
/// (<see cref="CheckStack"/>). PRINT (<see cref="AdvanceLeft"/>) consumes resolved tokens from
/// the left. When the buffered text is already longer than the space left on the line
/// (<see cref="CheckStream"/>), the oldest pending size is set to "infinity": that box cannot fit
/// whatever comes later, so printing need not wait for its end.</para>
///
/// <para>Example, <c>cbox(4) "if" " " "x" break "{" end</c> with room for it all prints
/// <c>if x {</c>; when it does not fit, the break becomes a newline indented 4 columns.
/// Sizes count UTF-8 bytes, as Rust's <c>str::len</c> does.</para>
/// </summary>
internal sealed class OppenPrinter
{
    /// <summary>The target line width.</summary>
    public const int Margin = 78;

    /// <summary>Every line is allowed at least this much room, however deep its indentation.</summary>
    private const int MinSpace = 60;

    /// <summary>The size of what never fits; a break this wide is a hard break (always a newline).</summary>
    private const int SizeInfinity = 0xffff;

    private readonly StringBuilder _out = new();
    private readonly Ring<Entry> _buffer = new();

    /// <summary>Buffer indexes of the begins and breaks whose sizes are not known yet (top at the end).</summary>
    private readonly Ring<long> _scanStack = new();

    private readonly List<PrintFrame> _printStack = [];

    /// <summary>Columns left on the current line.</summary>
    private int _space = Margin;

    /// <summary>The total width of the stream up to the left end of the buffer, and up to its right end.</summary>
    private int _leftTotal;
    private int _rightTotal;

    /// <summary>The indentation of the innermost broken box.</summary>
    private int _indent;

    /// <summary>Spaces owed before the next string, so that a line never ends in blanks.</summary>
    private int _pendingIndentation;

    private Token? _lastPrinted;

    private abstract record Token;

    private sealed record StringToken(string Text, int Width) : Token;

    /// <summary>A break; <see cref="PreBreak"/> is printed before the newline when it breaks (a trailing comma).</summary>
    private sealed record BreakToken(int Offset, int Blank, char? PreBreak) : Token;

    private sealed record BeginToken(int Offset, Breaks Breaks) : Token;

    private sealed record EndToken : Token;

    private sealed class Entry(Token token, int size)
    {
        public Token Token { get; set; } = token;
        public int Size { get; set; } = size;
    }

    /// <summary>
    /// A box being printed: it fit (its breaks are spaces) or it broke, and restores
    /// <see cref="Indent"/> at its end.
    /// </summary>
    private readonly record struct PrintFrame(bool Fits, int Indent, Breaks Breaks);

    private static readonly Token HardbreakToken = new BreakToken(0, SizeInfinity, null);

    // ----- The convenience layer (rustc's pp/convenience.rs and helpers.rs) -----

    public void Word(string text) => ScanString(text);

    /// <summary>A box whose breaks indent by <paramref name="indent"/> and break one by one.</summary>
    public void Ibox(int indent) => ScanBegin(new BeginToken(indent, Breaks.Inconsistent));

    /// <summary>A box whose breaks indent by <paramref name="indent"/> and all break together.</summary>
    public void Cbox(int indent) => ScanBegin(new BeginToken(indent, Breaks.Consistent));

    public void Rbox(int indent, Breaks breaks) => ScanBegin(new BeginToken(indent, breaks));

    public void End() => ScanEnd();

    public void BreakOffset(int blank, int offset) => ScanBreak(new BreakToken(offset, blank, null));

    public void Space() => BreakOffset(1, 0);

    public void ZeroBreak() => BreakOffset(0, 0);

    public void Hardbreak() => BreakOffset(SizeInfinity, 0);

    /// <summary>A break of width 1 that prints `,` before its newline when it breaks.</summary>
    public void TrailingCommaOrSpace() => ScanBreak(new BreakToken(0, 1, ','));

    /// <summary>A break of width 0 that prints `,` before its newline when it breaks.</summary>
    public void TrailingComma() => ScanBreak(new BreakToken(0, 0, ','));

    public void WordSpace(string text)
    {
        Word(text);
        Space();
    }

    /// <summary>A space that never breaks.</summary>
    public void Nbsp() => Word(" ");

    public void WordNbsp(string text)
    {
        Word(text);
        Nbsp();
    }

    public void Popen() => Word("(");

    public void Pclose() => Word(")");

    /// <summary>True at the start of the output or right after a hard break.</summary>
    public bool IsBeginningOfLine => LastToken() is not { } last || last == HardbreakToken;

    public void SpaceIfNotBol()
    {
        if (!IsBeginningOfLine) Space();
    }

    public void HardbreakIfNotBol()
    {
        if (!IsBeginningOfLine) Hardbreak();
    }

    /// <summary>
    /// A break before a closing `}`, outdented by <paramref name="offset"/>; at the beginning of
    /// a line the offset is tucked into the hard break already there instead.
    /// </summary>
    public void BreakOffsetIfNotBol(int blank, int offset)
    {
        if (!IsBeginningOfLine) BreakOffset(blank, offset);
        else if (offset != 0 && _buffer.Count > 0 && _buffer.Last.Token == HardbreakToken)
            _buffer.Last.Token = new BreakToken(offset, SizeInfinity, null);
    }

    /// <summary>Moves the break just written by <paramref name="offset"/> columns (a struct literal's closing `}`).</summary>
    public void Offset(int offset)
    {
        if (_buffer.Count > 0 && _buffer.Last.Token is BreakToken b) _buffer.Last.Token = b with { Offset = b.Offset + offset };
    }

    /// <summary>Ends the stream and returns the text.</summary>
    public string Finish()
    {
        if (_scanStack.Count > 0)
        {
            CheckStack(0);
            AdvanceLeft();
        }
        return _out.ToString();
    }

    private Token? LastToken() => _buffer.Count > 0 ? _buffer.Last.Token : _lastPrinted;

    // ----- SCAN -----

    private void ScanBegin(BeginToken token)
    {
        if (_scanStack.Count == 0)
        {
            _leftTotal = _rightTotal = 1;
            _buffer.Clear();
        }
        _scanStack.Push(_buffer.Push(new Entry(token, -_rightTotal)));
    }

    private void ScanEnd()
    {
        if (_scanStack.Count == 0) PrintEnd();
        else _scanStack.Push(_buffer.Push(new Entry(new EndToken(), -1)));
    }

    private void ScanBreak(BreakToken token)
    {
        if (_scanStack.Count == 0)
        {
            _leftTotal = _rightTotal = 1;
            _buffer.Clear();
        }
        else
        {
            CheckStack(0);
        }
        _scanStack.Push(_buffer.Push(new Entry(token, -_rightTotal)));
        _rightTotal += token.Blank;
    }

    private void ScanString(string text)
    {
        var width = Encoding.UTF8.GetByteCount(text);
        if (_scanStack.Count == 0)
        {
            PrintString(text, width);
            return;
        }
        _buffer.Push(new Entry(new StringToken(text, width), width));
        _rightTotal += width;
        CheckStream();
    }

    /// <summary>While the buffered text cannot fit anyway, gives up on the oldest pending size and prints.</summary>
    private void CheckStream()
    {
        while (_rightTotal - _leftTotal > _space)
        {
            if (_scanStack.Count > 0 && _scanStack.First == _buffer.IndexOfFirst)
            {
                _scanStack.PopFirst();
                _buffer.First.Size = SizeInfinity;
            }
            AdvanceLeft();
            if (_buffer.Count == 0) break;
        }
    }

    /// <summary>
    /// Resolves the sizes on top of the scan stack: a break's size runs to the next break, a
    /// box's to its end. <paramref name="depth"/> counts the ends seen whose begins are still open.
    /// </summary>
    private void CheckStack(int depth)
    {
        while (_scanStack.Count > 0)
        {
            var entry = _buffer[_scanStack.Last];
            if (entry.Token is BeginToken)
            {
                if (depth == 0) break;
                _scanStack.PopLast();
                entry.Size += _rightTotal;
                depth--;
            }
            else if (entry.Token is EndToken)
            {
                _scanStack.PopLast();
                entry.Size = 1;
                depth++;
            }
            else
            {
                _scanStack.PopLast();
                entry.Size += _rightTotal;
                if (depth == 0) break;
            }
        }
    }

    // ----- PRINT -----

    private void AdvanceLeft()
    {
        while (_buffer.First.Size >= 0)
        {
            var left = _buffer.PopFirst();
            switch (left.Token)
            {
                case StringToken s:
                    _leftTotal += s.Width;
                    PrintString(s.Text, s.Width);
                    break;
                case BreakToken b:
                    _leftTotal += b.Blank;
                    PrintBreak(b, left.Size);
                    break;
                case BeginToken b:
                    PrintBegin(b, left.Size);
                    break;
                case EndToken:
                    PrintEnd();
                    break;
                default:
                    throw new InvalidOperationException($"OppenPrinter does not know {left.Token.GetType().Name}");
            }
            _lastPrinted = left.Token;
            if (_buffer.Count == 0) break;
        }
    }

    private void PrintBegin(BeginToken token, int size)
    {
        if (size > _space)
        {
            _printStack.Add(new PrintFrame(false, _indent, token.Breaks));
            _indent += token.Offset;
        }
        else
        {
            _printStack.Add(new PrintFrame(true, 0, token.Breaks));
        }
    }

    private void PrintEnd()
    {
        var frame = _printStack[^1];
        _printStack.RemoveAt(_printStack.Count - 1);
        if (!frame.Fits) _indent = frame.Indent;
    }

    private void PrintBreak(BreakToken token, int size)
    {
        // Outside every box the stream behaves as an inconsistent box that broke.
        var top = _printStack.Count > 0 ? _printStack[^1] : new PrintFrame(false, 0, Breaks.Inconsistent);
        var fits = top.Fits || (top.Breaks == Breaks.Inconsistent && size <= _space);
        if (fits)
        {
            _pendingIndentation += token.Blank;
            _space -= token.Blank;
            return;
        }
        if (token.PreBreak is { } pre) _out.Append(pre);
        _out.Append('\n');
        var indent = _indent + token.Offset;
        _pendingIndentation = indent;
        _space = Math.Max(Margin - indent, MinSpace);
    }

    private void PrintString(string text, int width)
    {
        _out.Append(' ', _pendingIndentation);
        _pendingIndentation = 0;
        _out.Append(text);
        _space -= width;
    }

    /// <summary>
    /// A double-ended queue whose elements keep the index they were pushed at (rustc's `RingBuffer`),
    /// so the scan stack can name buffer entries while the left end is being printed away.
    /// </summary>
    private sealed class Ring<T>
    {
        private T[] _items = new T[16];
        private int _head;

        public int Count { get; private set; }

        /// <summary>The index the first element was pushed at.</summary>
        public long IndexOfFirst { get; private set; }

        public T First => _items[_head];

        public T Last => _items[(_head + Count - 1) % _items.Length];

        public T this[long index] => _items[(_head + (int)(index - IndexOfFirst)) % _items.Length];

        public long Push(T item)
        {
            if (Count == _items.Length) Grow();
            _items[(_head + Count) % _items.Length] = item;
            Count++;
            return IndexOfFirst + Count - 1;
        }

        public T PopFirst()
        {
            var item = _items[_head];
            _head = (_head + 1) % _items.Length;
            Count--;
            IndexOfFirst++;
            return item;
        }

        public T PopLast()
        {
            var item = Last;
            Count--;
            return item;
        }

        /// <summary>Empties the queue; indexes go on counting from where they were.</summary>
        public void Clear()
        {
            IndexOfFirst += Count;
            _head = (_head + Count) % _items.Length;
            Count = 0;
        }

        private void Grow()
        {
            var larger = new T[_items.Length * 2];
            for (var i = 0; i < Count; i++) larger[i] = _items[(_head + i) % _items.Length];
            _items = larger;
            _head = 0;
        }
    }
}
