using NUnit.Framework;
using ToyRust.Syntax.Ast.Pretty;

namespace ToyRust.Tests.Syntax;

/// <summary>
/// The line breaker on its own: small token streams whose layout follows from the algorithm's
/// rules (lines of 78 columns, at least 60 after the indentation, widths in UTF-8 bytes).
/// </summary>
public class OppenPrinterTests
{
    private static readonly string A40 = new('a', 40);
    private static readonly string B40 = new('b', 40);

    private static string Print(Action<OppenPrinter> stream)
    {
        var printer = new OppenPrinter();
        stream(printer);
        return printer.Finish();
    }

    [Test]
    public void A_box_that_fits_prints_its_breaks_as_spaces() =>
        Assert.That(Print(p =>
        {
            p.Cbox(4);
            p.WordNbsp("if");
            p.Word("x");
            p.Space();
            p.Word("{");
            p.End();
        }), Is.EqualTo("if x {"));

    [Test]
    public void A_consistent_box_that_does_not_fit_breaks_every_break() =>
        Assert.That(Print(p =>
        {
            p.Cbox(4);
            p.Word(A40);
            p.Space();
            p.Word(B40);
            p.Space();
            p.Word("c");
            p.End();
        }), Is.EqualTo($"{A40}\n    {B40}\n    c"));

    [Test]
    public void An_inconsistent_box_breaks_only_where_the_next_chunk_does_not_fit() =>
        Assert.That(Print(p =>
        {
            p.Ibox(4);
            p.Word(A40);
            p.Space();
            p.Word(B40);
            p.Space();
            p.Word("c");
            p.End();
        }), Is.EqualTo($"{A40}\n    {B40} c"));

    [Test]
    public void A_hard_break_always_breaks_and_breaks_its_box() =>
        Assert.That(Print(p =>
        {
            p.Cbox(2);
            p.Word("a");
            p.Hardbreak();
            p.Word("b");
            p.Space();
            p.Word("c");
            p.End();
        }), Is.EqualTo("a\n  b\n  c"));

    [Test]
    public void A_trailing_comma_appears_only_when_its_break_breaks()
    {
        static void List(OppenPrinter p, string item)
        {
            p.Cbox(4);
            p.Word("[");
            p.ZeroBreak();
            p.Word(item);
            p.TrailingComma();
            p.Offset(-4);
            p.Word("]");
            p.End();
        }
        Assert.That(Print(p => List(p, "x")), Is.EqualTo("[x]"));
        Assert.That(Print(p => List(p, new string('x', 80))), Is.EqualTo($"[\n    {new string('x', 80)},\n]"));
    }

    [Test]
    public void A_closing_brace_goes_back_to_the_box_indentation() =>
        Assert.That(Print(p =>
        {
            p.Cbox(4);
            p.Word("{");
            p.Space();
            p.Word(A40);
            p.Word(B40);
            p.BreakOffsetIfNotBol(1, -4);
            p.Word("}");
            p.End();
        }), Is.EqualTo($"{{\n    {A40}{B40}\n}}"));

    [Test]
    public void A_deeply_indented_line_still_has_sixty_columns() =>
        // After a break indented 20 the line has max(78 - 20, 60) = 60 columns, so the 59-wide
        // box fits; with 58 it would not.
        Assert.That(Print(p =>
        {
            p.Cbox(20);
            p.Word("x");
            p.Hardbreak();
            p.Ibox(0);
            p.Word(new string('a', 57));
            p.Space();
            p.Word("b");
            p.End();
            p.End();
        }), Is.EqualTo($"x\n{new string(' ', 20)}{new string('a', 57)} b"));

    [Test]
    public void Widths_are_counted_in_utf8_bytes()
    {
        // 39 `é` are 78 bytes: the line is full, although it has only 39 characters.
        var word = new string('é', 39);
        Assert.That(Print(p =>
        {
            p.Ibox(0);
            p.Word(word);
            p.Space();
            p.Word("b");
            p.End();
        }), Is.EqualTo($"{word}\nb"));
    }

    [Test]
    public void The_beginning_of_a_line_is_the_start_or_right_after_a_hard_break()
    {
        var printer = new OppenPrinter();
        Assert.That(printer.IsBeginningOfLine, Is.True);
        printer.Cbox(0);
        printer.Word("a");
        Assert.That(printer.IsBeginningOfLine, Is.False);
        printer.Hardbreak();
        Assert.That(printer.IsBeginningOfLine, Is.True);
        printer.SpaceIfNotBol();
        printer.Word("b");
        printer.End();
        Assert.That(printer.Finish(), Is.EqualTo("a\nb"));
    }
}
