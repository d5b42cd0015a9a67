using Antlr4.Runtime;
using ToyRust.Syntax.Generated;
using ToyRust.Syntax.Text;

namespace ToyRust.Syntax.Ast.Pretty;

/// <summary>
/// Macro calls and attributes, which rustc prints from their tokens, not from a syntax tree
/// (`print_mac_common`, `print_tts` and `space_between` in rustc's `state.rs`). A token is
/// followed by a space where the source had whitespace or a comment after it — rustc records
/// that as the token's "spacing" — unless the pair obviously goes together (`x,`, `x.y`,
/// `name!`, `f(`). ToyRust keeps parsed arguments, not tokens, so the tokens are lexed again
/// from the call's span.
/// </summary>
public sealed partial class PrettyPrinter
{
    /// <summary>A token, or a bracketed group of them; <see cref="SpaceAfter"/> is rustc's `Spacing::Alone`.</summary>
    private abstract record TokenTree(bool SpaceAfter);

    private sealed record TokenLeaf(int Type, string Text, bool SpaceAfter) : TokenTree(SpaceAfter);

    /// <summary>`(...)`, `[...]` or `{...}`; <see cref="TokenTree.SpaceAfter"/> belongs to the closing bracket.</summary>
    private sealed record TokenGroup(int OpenType, bool SpaceAfterOpen, List<TokenTree> Inner, bool SpaceAfter)
        : TokenTree(SpaceAfter);

    /// <summary>`name!(tokens)` as written at <paramref name="span"/>.</summary>
    private void PrintMacroTokens(TextSpan span)
    {
        var trees = TokenTreesOf(span);
        var name = (TokenLeaf)trees[0];
        var group = (TokenGroup)trees[^1];
        var braced = group.OpenType == ToyRustLexer.LBRACE;
        if (braced) _p.Cbox(IndentUnit);
        Word(name.Text);
        Word("!");
        if (braced) _p.Nbsp();
        // The call's own brackets are printed as if spaced after `{`; rustc does not know their spacing.
        PrintGroup(group with { SpaceAfterOpen = true }, alreadyOpened: braced);
    }

    /// <summary>`#[path(tokens)]`, `#[path]` or `#[path = value]` as written at <paramref name="span"/>.</summary>
    private void PrintAttributeTokens(AttributeSyntax attribute)
    {
        var trees = TokenTreesOf(attribute.Span);
        var body = (TokenGroup)trees[^1];
        Word(attribute.IsInner ? "#![" : "#[");
        _p.Ibox(0);
        var inner = body.Inner;
        var i = 0;
        // The path: identifiers and `::`, printed without spaces.
        while (i < inner.Count && inner[i] is TokenLeaf leaf && leaf.Type != ToyRustLexer.EQ)
        {
            Word(leaf.Text);
            i++;
        }
        if (i < inner.Count && inner[i] is TokenGroup arguments)
        {
            PrintGroup(arguments with { SpaceAfterOpen = true }, alreadyOpened: false);
        }
        else if (i < inner.Count)
        {
            _p.Space();
            _p.WordSpace("=");
            Word(string.Concat(inner.Skip(i + 1).OfType<TokenLeaf>().Select(t => t.Text)));
        }
        _p.End();
        Word("]");
    }

    /// <summary>
    /// A bracketed group: `(a, b)` and `[a]` hug their contents; `{ a }` keeps a space inside
    /// when the source had one after `{`, and breaks before `}` like a block.
    /// <paramref name="alreadyOpened"/> says the caller opened the brace's box (to include a header).
    /// </summary>
    private void PrintGroup(TokenGroup group, bool alreadyOpened)
    {
        if (group.OpenType != ToyRustLexer.LBRACE)
        {
            var (open, close) = group.OpenType == ToyRustLexer.LPAREN ? ("(", ")") : ("[", "]");
            Word(open);
            _p.Ibox(0);
            PrintTokenStream(group.Inner);
            _p.End();
            Word(close);
            return;
        }
        if (!alreadyOpened) _p.Cbox(IndentUnit);
        Word("{");
        var openSpace = group.SpaceAfterOpen && group.Inner.Count > 0;
        if (openSpace) _p.Space();
        _p.Ibox(0);
        PrintTokenStream(group.Inner);
        _p.End();
        if (openSpace) _p.BreakOffsetIfNotBol(1, -IndentUnit);
        Word("}");
        _p.End();
    }

    private void PrintTokenStream(List<TokenTree> trees)
    {
        for (var i = 0; i < trees.Count; i++)
        {
            if (trees[i] is TokenLeaf leaf) Word(leaf.Text);
            else PrintGroup((TokenGroup)trees[i], alreadyOpened: false);
            if (i + 1 < trees.Count && trees[i].SpaceAfter && SpaceBetween(trees[i], trees[i + 1])) _p.Space();
        }
    }

    /// <summary>rustc's `space_between`: the pairs printed together even when the source spaced them.</summary>
    private static bool SpaceBetween(TokenTree first, TokenTree second)
    {
        var firstType = (first as TokenLeaf)?.Type;
        var secondType = (second as TokenLeaf)?.Type;
        if (firstType == ToyRustLexer.DOT && !IsPunctuation(second)) return false;
        if (!IsPunctuation(first) && secondType is ToyRustLexer.COMMA or ToyRustLexer.SEMI or ToyRustLexer.DOT) return false;
        if (firstType is { } type && IsIdentifier(type))
        {
            var reserved = IsReserved(type);
            if (secondType == ToyRustLexer.NOT && !reserved) return false;
            if (second is TokenGroup { OpenType: ToyRustLexer.LPAREN }
                && (!reserved || type is ToyRustLexer.FN or ToyRustLexer.SELF_TYPE or ToyRustLexer.PUB))
            {
                return false;
            }
        }
        if (firstType == ToyRustLexer.POUND && second is TokenGroup { OpenType: ToyRustLexer.LBRACKET }) return false;
        return true;
    }

    private static bool IsIdentifier(int type) => type == ToyRustLexer.IDENT || IsReserved(type);

    /// <summary>Keywords (strict and reserved ones) and `_`.</summary>
    private static bool IsReserved(int type) => type is ToyRustLexer.AS or ToyRustLexer.BREAK or ToyRustLexer.CONST
        or ToyRustLexer.CONTINUE or ToyRustLexer.CRATE or ToyRustLexer.DYN or ToyRustLexer.ELSE or ToyRustLexer.ENUM
        or ToyRustLexer.FALSE or ToyRustLexer.FN or ToyRustLexer.FOR or ToyRustLexer.IF or ToyRustLexer.IMPL
        or ToyRustLexer.IN or ToyRustLexer.LET or ToyRustLexer.LOOP or ToyRustLexer.MATCH or ToyRustLexer.MOD
        or ToyRustLexer.MOVE or ToyRustLexer.MUT or ToyRustLexer.PUB or ToyRustLexer.REF or ToyRustLexer.RETURN
        or ToyRustLexer.SELF or ToyRustLexer.SELF_TYPE or ToyRustLexer.STATIC or ToyRustLexer.STRUCT
        or ToyRustLexer.SUPER or ToyRustLexer.TRAIT or ToyRustLexer.TRUE or ToyRustLexer.TYPE or ToyRustLexer.USE
        or ToyRustLexer.WHERE or ToyRustLexer.WHILE or ToyRustLexer.RESERVED or ToyRustLexer.UNDERSCORE;

    /// <summary>Operators and punctuation; not identifiers, literals, lifetimes or bracketed groups.</summary>
    private static bool IsPunctuation(TokenTree tree) => tree is TokenLeaf leaf && !IsIdentifier(leaf.Type) && leaf.Type
        is not (ToyRustLexer.INTEGER or ToyRustLexer.FLOAT or ToyRustLexer.STRING or ToyRustLexer.RAW_STRING
            or ToyRustLexer.CHAR or ToyRustLexer.BYTE or ToyRustLexer.LIFETIME);

    /// <summary>The tokens at <paramref name="span"/> as trees; a token has a space after it if the source does.</summary>
    private List<TokenTree> TokenTreesOf(TextSpan span)
    {
        var lexer = new ToyRustLexer(CharStreams.fromString(TextOf(span)));
        lexer.RemoveErrorListeners();
        var tokens = new List<IToken>();
        for (var token = lexer.NextToken(); token.Type != TokenConstants.EOF; token = lexer.NextToken()) tokens.Add(token);

        var stack = new Stack<(int OpenType, bool SpaceAfterOpen, List<TokenTree> Inner)>();
        var current = new List<TokenTree>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var spaceAfter = i + 1 == tokens.Count || tokens[i + 1].StartIndex > token.StopIndex + 1;
            switch (token.Type)
            {
                case ToyRustLexer.LPAREN or ToyRustLexer.LBRACKET or ToyRustLexer.LBRACE:
                    stack.Push((token.Type, spaceAfter, current));
                    current = [];
                    break;
                case ToyRustLexer.RPAREN or ToyRustLexer.RBRACKET or ToyRustLexer.RBRACE:
                    var (openType, spaceAfterOpen, outer) = stack.Pop();
                    outer.Add(new TokenGroup(openType, spaceAfterOpen, current, spaceAfter));
                    current = outer;
                    break;
                default:
                    current.Add(new TokenLeaf(token.Type, token.Text, spaceAfter));
                    break;
            }
        }
        return current;
    }
}
