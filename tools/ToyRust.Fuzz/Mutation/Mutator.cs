using System.Collections.Immutable;
using System.Text;

namespace ToyRust.Fuzz.Mutation;

/// <summary>The mutation operators; a mutant is a base program with one to four of them applied in turn.</summary>
public enum MutationKind
{
    DeleteToken,
    DuplicateToken,
    SwapTokens,

    /// <summary>Replace a token with a token of the same program or of another one from the corpus.</summary>
    ReplaceToken,

    /// <summary>A prefix of the program, cut at a token boundary, then a suffix of a corpus program.</summary>
    Splice,
    DeleteLines,
    DuplicateLines,

    /// <summary>Printable ASCII, control characters and arbitrary Unicode (whole surrogate pairs only).</summary>
    InsertRandomText,
    DeleteCharacter,

    /// <summary>`(`, `{`, `[`, `&lt;`, `-`, `!`, … repeated up to thousands of times, sometimes with their closers.</summary>
    RepeatOpener,
}

/// <summary>One mutant: its text, the corpus program it started from and the operators applied, in order.</summary>
public sealed record Mutant(string Text, int BaseProgram, ImmutableArray<MutationKind> Operators);

/// <summary>
/// Mutates valid programs into the inputs the crash fuzzer feeds to the front end. Deterministic:
/// the same corpus and seed give the same mutant, whatever thread asks and in whatever order, so
/// a campaign's mutant i can be recomputed from the seed alone. Immutable and thread-safe; all
/// randomness comes from the <see cref="Random"/> of one call.
///
/// Operators work at token boundaries (<see cref="RustTokenizer"/>) or character boundaries that
/// never split a surrogate pair, so every mutant is a well-formed .NET string, as every source
/// read from a UTF-8 file is. An operation that would make the text longer than
/// <see cref="MaxLength"/> is dropped.
/// </summary>
public sealed class Mutator
{
    /// <summary>200 KB: deep enough for any nesting limit, small enough for thousands of mutants a minute.</summary>
    public const int MaxLength = 200 * 1024;

    private const int MaxOperators = 4;

    /// <summary>An operator tries again this often when its first choice left the text as it was (swapping `a` with `a`).</summary>
    private const int Attempts = 8;

    private static readonly string[] Openers = ["(", "{", "[", "<", "-", "!", "&", "*", "&&", "|x| ", "Some(", "if true { ", "x."];

    /// <summary>Characters that have bitten lexers: NUL, BOM, zero-width space, right-to-left override, line separator, a combining mark.</summary>
    private static readonly string[] OddCharacters = ["\0", "\t", "\r", "\v", "\f", "\u007f", "\u00a0", "\ufeff", "\u200b", "\u202e", "\u2028", "\u0301", "\ufffd"];

    private static readonly MutationKind[] Kinds = Enum.GetValues<MutationKind>();

    private readonly ImmutableArray<string> _corpus;
    private readonly ImmutableArray<ImmutableArray<FuzzToken>> _corpusTokens;

    public Mutator(IReadOnlyList<string> corpus)
    {
        if (corpus.Count == 0) throw new ArgumentException("the corpus is empty", nameof(corpus));
        _corpus = [.. corpus];
        _corpusTokens = [.. corpus.Select(RustTokenizer.Tokenize)];
    }

    public IReadOnlyList<string> Corpus => _corpus;

    /// <summary>The mutant for <paramref name="seed"/>: a corpus program with one to four operators applied.</summary>
    public Mutant Mutate(int seed)
    {
        var random = new Random(seed);
        var baseProgram = random.Next(_corpus.Length);
        var text = _corpus[baseProgram];
        var count = 1 + random.Next(MaxOperators);
        var applied = ImmutableArray.CreateBuilder<MutationKind>(count);
        for (var n = 0; n < count; n++)
        {
            var kind = Kinds[random.Next(Kinds.Length)];
            text = Apply(kind, text, random);
            applied.Add(kind);
        }
        return new Mutant(text, baseProgram, applied.MoveToImmutable());
    }

    /// <summary>One operator; the text comes back unchanged only when the operator cannot change it (or would exceed the cap).</summary>
    public string Apply(MutationKind kind, string text, Random random)
    {
        var tokens = RustTokenizer.Tokenize(text);
        var significant = tokens.Where(t => t.IsSignificant).ToImmutableArray();
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var mutated = ApplyOnce(kind, text, tokens, significant, random);
            if (mutated.Length <= MaxLength && mutated != text) return mutated;
        }
        return text;
    }

    private string ApplyOnce(MutationKind kind, string text, ImmutableArray<FuzzToken> tokens, ImmutableArray<FuzzToken> significant, Random random) => kind switch
    {
        MutationKind.DeleteToken => DeleteToken(text, significant, random),
        MutationKind.DuplicateToken => DuplicateToken(text, significant, random),
        MutationKind.SwapTokens => SwapTokens(text, significant, random),
        MutationKind.ReplaceToken => ReplaceToken(text, significant, random),
        MutationKind.Splice => Splice(text, tokens, random),
        MutationKind.DeleteLines => DeleteLines(text, random),
        MutationKind.DuplicateLines => DuplicateLines(text, random),
        MutationKind.InsertRandomText => InsertRandomText(text, random),
        MutationKind.DeleteCharacter => DeleteCharacter(text, random),
        MutationKind.RepeatOpener => RepeatOpener(text, tokens, random),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown mutation"),
    };

    private static string DeleteToken(string text, ImmutableArray<FuzzToken> significant, Random random)
    {
        if (significant.IsEmpty) return text;
        var token = Pick(significant, random);
        return text.Remove(token.Start, token.Length);
    }

    private static string DuplicateToken(string text, ImmutableArray<FuzzToken> significant, Random random)
    {
        if (significant.IsEmpty) return text;
        var token = Pick(significant, random);
        var separator = random.Next(2) == 0 ? "" : " ";
        return text.Insert(token.End, separator + Slice(text, token));
    }

    private static string SwapTokens(string text, ImmutableArray<FuzzToken> significant, Random random)
    {
        if (significant.Length < 2) return text;
        var (a, b) = (Pick(significant, random), Pick(significant, random));
        if (a.Start > b.Start) (a, b) = (b, a);
        if (a.Start == b.Start) return text;
        return string.Concat(text[..a.Start], Slice(text, b), text[a.End..b.Start], Slice(text, a), text[b.End..]);
    }

    /// <summary>Half the time a token of the same program, otherwise one of any corpus program.</summary>
    private string ReplaceToken(string text, ImmutableArray<FuzzToken> significant, Random random)
    {
        if (significant.IsEmpty) return text;
        var target = Pick(significant, random);
        var replacement = random.Next(2) == 0 ? Slice(text, Pick(significant, random)) : RandomCorpusToken(random);
        return string.Concat(text.AsSpan(0, target.Start), replacement, text.AsSpan(target.End));
    }

    private string Splice(string text, ImmutableArray<FuzzToken> tokens, Random random)
    {
        var donor = random.Next(_corpus.Length);
        var cuts = Boundaries(text, tokens);
        var donorCuts = Boundaries(_corpus[donor], _corpusTokens[donor]);
        return string.Concat(text.AsSpan(0, Pick(cuts, random)), _corpus[donor].AsSpan(Pick(donorCuts, random)));
    }

    /// <summary>Usually a few lines, sometimes up to half the file.</summary>
    private static string DeleteLines(string text, Random random)
    {
        var (start, end) = PickLineRange(text, random);
        return text.Remove(start, end - start);
    }

    private static string DuplicateLines(string text, Random random)
    {
        var (start, end) = PickLineRange(text, random);
        var lines = text[start..end];
        var copies = random.Next(4) == 0 ? 1 + random.Next(50) : 1;
        var block = new StringBuilder();
        for (var n = 0; n < copies && block.Length + text.Length <= MaxLength; n++) block.Append(lines);
        return text.Insert(end, block.ToString());
    }

    private static string InsertRandomText(string text, Random random)
    {
        var at = SafeCut(text, random.Next(text.Length + 1));
        var inserted = new StringBuilder();
        var count = 1 + random.Next(16);
        for (var n = 0; n < count; n++) AppendRandomCharacter(inserted, random);
        return text.Insert(at, inserted.ToString());
    }

    /// <summary>Mostly printable ASCII; else an odd character, any BMP character except a surrogate, or a whole surrogate pair.</summary>
    private static void AppendRandomCharacter(StringBuilder sb, Random random)
    {
        switch (random.Next(8))
        {
            case 0:
                sb.Append(OddCharacters[random.Next(OddCharacters.Length)]);
                break;
            case 1:
                var c = (char)random.Next(0x80, 0x10000);
                sb.Append(char.IsSurrogate(c) ? '\u00e9' : c);
                break;
            case 2:
                sb.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x110000)));
                break;
            default:
                sb.Append((char)random.Next(0x20, 0x7f));
                break;
        }
    }

    private static string DeleteCharacter(string text, Random random)
    {
        if (text.Length == 0) return text;
        var at = SafeCut(text, random.Next(text.Length));
        return at == text.Length ? text : text.Remove(at, RustTokenizer.CharLength(text, at));
    }

    /// <summary>
    /// An opener repeated 2 to 50,000 times (log-uniform, so short and long runs are both common) at
    /// a token boundary; half the time the matching closers follow a later token, so that the deep
    /// nesting is balanced and gets past the bracket check into the parser and the checker.
    /// </summary>
    private static string RepeatOpener(string text, ImmutableArray<FuzzToken> tokens, Random random)
    {
        var opener = Openers[random.Next(Openers.Length)];
        var room = (MaxLength - text.Length) / (2 * opener.Length);
        var count = Math.Min((int)Math.Pow(2, 1 + (random.NextDouble() * 14.6)), room);
        if (count < 1) return text;
        var boundaries = Boundaries(text, tokens);
        var open = random.Next(boundaries.Length);
        var opening = Repeat(opener, count);
        var closer = Closer(opener);
        if (closer.Length == 0 || random.Next(2) == 0) return text.Insert(boundaries[open], opening);
        var close = boundaries[open + random.Next(Math.Min(4, boundaries.Length - open))];
        return string.Concat(text[..boundaries[open]], opening, text[boundaries[open]..close], Repeat(closer, count), text[close..]);
    }

    private static string Closer(string opener) => opener switch
    {
        "(" or "Some(" => ")",
        "{" or "if true { " => "}",
        "[" => "]",
        "<" => ">",
        _ => "",
    };

    private static string Repeat(string s, int count) => new StringBuilder(s.Length * count).Insert(0, s, count).ToString();

    private string RandomCorpusToken(Random random)
    {
        var program = random.Next(_corpus.Length);
        var significant = _corpusTokens[program].Where(t => t.IsSignificant).ToArray();
        return significant.Length == 0 ? "" : Slice(_corpus[program], significant[random.Next(significant.Length)]);
    }

    /// <summary>The start of a line, and the end of a line one to a few lines on (past its newline).</summary>
    private static (int Start, int End) PickLineRange(string text, Random random)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') lineStarts.Add(i + 1);
        }
        lineStarts.Add(text.Length);
        var lines = lineStarts.Count - 1;
        var first = random.Next(lines);
        var span = random.Next(4) == 0 ? 1 + random.Next(Math.Max(1, lines / 2)) : 1 + random.Next(3);
        return (lineStarts[first], lineStarts[Math.Min(lines, first + span)]);
    }

    /// <summary>The position, moved past a low surrogate so that no cut separates it from its high surrogate.</summary>
    private static int SafeCut(string text, int at) =>
        at > 0 && at < text.Length && char.IsLowSurrogate(text[at]) && char.IsHighSurrogate(text[at - 1]) ? at + 1 : at;

    /// <summary>Where a cut may fall: the start of every token, and the end of the text.</summary>
    private static int[] Boundaries(string text, ImmutableArray<FuzzToken> tokens) => [.. tokens.Select(t => t.Start), text.Length];

    private static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];

    private static string Slice(string text, FuzzToken token) => text.Substring(token.Start, token.Length);
}
