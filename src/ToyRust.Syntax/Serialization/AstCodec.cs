using System.Collections.Immutable;
using System.Numerics;
using System.Text;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Syntax.Serialization;

/// <summary>
/// A compact binary form of an AST, so that a tree parsed when the compiler is built (the prelude)
/// is not parsed again in every run: decoding the prelude takes a few milliseconds where ANTLR's
/// cold parse took ~350 ms (docs/architecture.md, "The prelude, paid for once").
///
/// Layout: a header (<c>TRAST</c>, the codec's <see cref="Schema"/> and a key the caller chooses —
/// the prelude uses a hash of its source text), then the root node. A node is its tag (0 for null)
/// followed by its fields in constructor order; integers are 7-bit encoded, and each distinct
/// string is written once and then referred to by number. The per-node code is generated
/// (AstCodec.g.cs); this file holds the header and the primitives.
///
/// <see cref="TryDecode"/> answers null when the header does not match, so a stale form is never
/// used: the caller parses the source instead.
/// </summary>
public static partial class AstCodec
{
    private const string Magic = "TRAST";

    public static byte[] Encode(CompilationUnitSyntax root, string key)
    {
        using var stream = new MemoryStream();
        using var w = new Writer(stream);
        w.String(Magic);
        w.String(Schema);
        w.String(key);
        WriteNode(w, root);
        w.Flush();
        return stream.ToArray();
    }

    /// <summary>The tree <see cref="Encode"/> wrote, or null when it was written under another schema or key.</summary>
    public static CompilationUnitSyntax? TryDecode(ReadOnlyMemory<byte> data, string key)
    {
        using var stream = new MemoryStream(data.ToArray(), writable: false);
        using var r = new Reader(stream);
        if (r.String() != Magic || r.String() != Schema || r.String() != key) return null;
        return (CompilationUnitSyntax)ReadNode(r);
    }

    private static void WriteNodes<T>(Writer w, ImmutableArray<T> nodes) where T : SyntaxNode
    {
        w.Int(nodes.IsDefault ? -1 : nodes.Length);
        if (nodes.IsDefault) return;
        foreach (var node in nodes) WriteNode(w, node);
    }

    private static ImmutableArray<T> ReadNodes<T>(Reader r) where T : SyntaxNode
    {
        var count = r.Int();
        if (count < 0) return default;
        var nodes = ImmutableArray.CreateBuilder<T>(count);
        for (var i = 0; i < count; i++) nodes.Add((T)ReadNode(r));
        return nodes.MoveToImmutable();
    }

    private static void WriteIdentifiers(Writer w, ImmutableArray<Identifier> identifiers)
    {
        w.Int(identifiers.IsDefault ? -1 : identifiers.Length);
        if (identifiers.IsDefault) return;
        foreach (var identifier in identifiers) w.Identifier(identifier);
    }

    private static ImmutableArray<Identifier> ReadIdentifiers(Reader r)
    {
        var count = r.Int();
        if (count < 0) return default;
        var identifiers = ImmutableArray.CreateBuilder<Identifier>(count);
        for (var i = 0; i < count; i++) identifiers.Add(r.Identifier()!);
        return identifiers.MoveToImmutable();
    }

    private sealed class Writer(Stream stream) : IDisposable
    {
        private readonly BinaryWriter _out = new(stream, Encoding.UTF8, leaveOpen: true);
        private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);

        public void Flush() => _out.Flush();

        public void Dispose() => _out.Dispose();

        public void Tag(int tag) => _out.Write7BitEncodedInt(tag);

        public void Int(int value) => _out.Write7BitEncodedInt(value);

        public void OptionalInt(int? value)
        {
            Bool(value.HasValue);
            if (value is { } v) Int(v);
        }

        public void Bool(bool value) => _out.Write(value);

        public void Byte(byte value) => _out.Write(value);

        public void Double(double value) => _out.Write(value);

        public void Big(BigInteger value)
        {
            var bytes = value.ToByteArray();
            Int(bytes.Length);
            _out.Write(bytes);
        }

        public void Span(TextSpan span)
        {
            Int(span.Start);
            Int(span.Length);
        }

        /// <summary>0 for null; n + 1 for the n-th string already written; else the next number, then the text.</summary>
        public void String(string? value)
        {
            if (value is null)
            {
                Int(0);
                return;
            }
            if (_strings.TryGetValue(value, out var index))
            {
                Int(index + 1);
                return;
            }
            _strings[value] = _strings.Count;
            Int(_strings.Count);
            _out.Write(value);
        }

        public void Identifier(Identifier? identifier)
        {
            Bool(identifier is not null);
            if (identifier is null) return;
            String(identifier.Text);
            Span(identifier.Span);
        }
    }

    private sealed class Reader(Stream stream) : IDisposable
    {
        private readonly BinaryReader _in = new(stream, Encoding.UTF8, leaveOpen: true);
        private readonly List<string> _strings = [];

        public void Dispose() => _in.Dispose();

        public int Tag() => _in.Read7BitEncodedInt();

        public int Int() => _in.Read7BitEncodedInt();

        public int? OptionalInt() => Bool() ? Int() : null;

        public bool Bool() => _in.ReadBoolean();

        public byte Byte() => _in.ReadByte();

        public double Double() => _in.ReadDouble();

        public BigInteger Big() => new(_in.ReadBytes(Int()));

        public TextSpan Span() => new(Int(), Int());

        public string? String()
        {
            var index = Int();
            if (index == 0) return null;
            if (index <= _strings.Count) return _strings[index - 1];
            if (index != _strings.Count + 1) throw new InvalidDataException("string table out of order");
            var value = _in.ReadString();
            _strings.Add(value);
            return value;
        }

        public Identifier? Identifier() => Bool() ? new Identifier(String()!, Span()) : null;
    }
}
