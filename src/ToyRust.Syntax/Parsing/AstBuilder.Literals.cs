using Antlr4.Runtime;
using ToyRust.Syntax.Ast;
using static ToyRust.Syntax.Generated.ToyRustParser;

namespace ToyRust.Syntax.Parsing;

internal sealed partial class AstBuilder
{
    // literal: INTEGER | FLOAT | STRING | RAW_STRING | CHAR | BYTE | TRUE | FALSE
    private ExpressionSyntax BuildLiteral(LiteralContext context) => BuildLiteralToken(context.Start);

    private ExpressionSyntax BuildLiteralToken(IToken token)
    {
        var span = SpanOf(token);
        var text = token.Text;
        var start = token.StartIndex;
        switch (token.Type)
        {
            case INTEGER:
            {
                var number = LiteralDecoder.DecodeInteger(text, start, diagnostics);
                return number.IsFloat
                    ? new FloatLiteralSyntax(span, number.Float, number.FloatText, number.Suffix)
                    : new IntegerLiteralSyntax(span, number.Integer, number.Suffix);
            }
            case FLOAT:
            {
                var number = LiteralDecoder.DecodeFloat(text, start, diagnostics);
                return new FloatLiteralSyntax(span, number.Float, number.FloatText, number.Suffix);
            }
            case STRING:
                return new StringLiteralSyntax(span, LiteralDecoder.DecodeString(text[1..^1], start + 1, diagnostics), start + 1, false);
            case RAW_STRING:
            {
                // r##"body"## : the body starts after `r`, the hashes and the quote.
                var hashes = text.IndexOf('"', StringComparison.Ordinal) - 1;
                var body = text[(hashes + 2)..^(hashes + 1)];
                return new StringLiteralSyntax(span, LiteralDecoder.DecodeRawString(body), start + hashes + 2, true);
            }
            case CHAR:
                return new CharLiteralSyntax(span, LiteralDecoder.DecodeChar(text, start, diagnostics));
            case BYTE:
                return new ByteLiteralSyntax(span, LiteralDecoder.DecodeByte(text, start, diagnostics));
            case TRUE:
                return new BoolLiteralSyntax(span, true);
            case FALSE:
                return new BoolLiteralSyntax(span, false);
            default:
                throw new InvalidOperationException($"not a literal: {text}");
        }
    }
}
