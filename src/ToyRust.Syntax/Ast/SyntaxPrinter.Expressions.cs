using System.Collections.Immutable;
using System.Globalization;

namespace ToyRust.Syntax.Ast;

public static partial class SyntaxPrinter
{
    /// <summary>Operands are printed as written: the parser keeps parentheses as nodes of their own.</summary>
    private static string PrintExpression(ExpressionSyntax expression) => expression switch
    {
        IntegerLiteralSyntax i => i.Value.ToString(CultureInfo.InvariantCulture) + i.Suffix,
        FloatLiteralSyntax f => f.Text + f.Suffix,
        BoolLiteralSyntax b => b.Value ? "true" : "false",
        CharLiteralSyntax c => $"'{Escape(char.ConvertFromUtf32(c.Value), '\'')}'",
        ByteLiteralSyntax b => $"b'{Escape(((char)b.Value).ToString(), '\'')}'",
        StringLiteralSyntax s => $"\"{Escape(s.Value, '"')}\"",
        PathExpressionSyntax p => PrintPath(p.Path, turbofish: true),
        QualifiedPathExpressionSyntax q => QualifiedPath(q.SelfType, q.Trait, q.Rest, turbofish: true),
        BinaryExpressionSyntax b => $"{Print(b.Left)} {OperatorText(b.Operator)} {Print(b.Right)}",
        UnaryExpressionSyntax u => UnaryText(u.Operator) + Print(u.Operand),
        ReferenceExpressionSyntax r => (r.IsMutable ? "&mut " : "&") + Print(r.Operand),
        AssignmentExpressionSyntax a =>
            $"{Print(a.Target)} {(a.Operator is { } op ? OperatorText(op) : "")}= {Print(a.Value)}",
        CallExpressionSyntax c => $"{Print(c.Callee)}({List(c.Arguments)})",
        MethodCallExpressionSyntax m => $"{Print(m.Receiver)}.{m.Name}{Turbofish(m.GenericArgs)}({List(m.Arguments)})",
        FieldExpressionSyntax f => $"{Print(f.Target)}.{f.Name}",
        IndexExpressionSyntax i => $"{Print(i.Target)}[{Print(i.Index)}]",
        CastExpressionSyntax c => $"{Print(c.Value)} as {Print(c.Type)}",
        TryExpressionSyntax t => Print(t.Operand) + "?",
        ParenthesizedExpressionSyntax p => $"({Print(p.Inner)})",
        TupleExpressionSyntax t => Tuple(t.Elements),
        ArrayExpressionSyntax a => $"[{List(a.Elements)}]",
        ArrayRepeatExpressionSyntax a => $"[{Print(a.Value)}; {Print(a.Count)}]",
        StructExpressionSyntax s => PrintStructLiteral(s),
        RangeExpressionSyntax r => $"{Optional(r.Start)}{(r.IsInclusive ? "..=" : "..")}{Optional(r.End)}",
        BlockExpressionSyntax b => Labelled(b.Label) + Block(b.Statements, b.Tail),
        UnsafeBlockExpressionSyntax u => "unsafe " + Print(u.Block),
        IfExpressionSyntax i =>
            $"if {Print(i.Condition)} {Print(i.Then)}{(i.Else is null ? "" : " else " + Print(i.Else))}",
        LetConditionSyntax l => $"let {Print(l.Pattern)} = {Print(l.Value)}",
        WhileExpressionSyntax w => $"{Labelled(w.Label)}while {Print(w.Condition)} {Print(w.Body)}",
        LoopExpressionSyntax l => $"{Labelled(l.Label)}loop {Print(l.Body)}",
        ForExpressionSyntax f => $"{Labelled(f.Label)}for {Print(f.Pattern)} in {Print(f.Iterable)} {Print(f.Body)}",
        BreakExpressionSyntax b => Keyword("break", b.Label?.Text, b.Value),
        ContinueExpressionSyntax c => Keyword("continue", c.Label?.Text, null),
        ReturnExpressionSyntax r => Keyword("return", null, r.Value),
        MatchExpressionSyntax m => $"match {Print(m.Scrutinee)} {{ {string.Join(" ", m.Arms.Select(Print))} }}",
        ClosureExpressionSyntax c =>
            $"{(c.IsMove ? "move " : "")}|{List(c.Parameters)}|{Arrow(c.ReturnType)} {Print(c.Body)}",
        MacroCallExpressionSyntax m => PrintMacroCall(m),
        _ => throw new InvalidOperationException($"SyntaxPrinter does not know {expression.GetType().Name}"),
    };

    public static string OperatorText(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Sub => "-",
        BinaryOperator.Mul => "*",
        BinaryOperator.Div => "/",
        BinaryOperator.Rem => "%",
        BinaryOperator.BitAnd => "&",
        BinaryOperator.BitOr => "|",
        BinaryOperator.BitXor => "^",
        BinaryOperator.Shl => "<<",
        BinaryOperator.Shr => ">>",
        BinaryOperator.Eq => "==",
        BinaryOperator.Ne => "!=",
        BinaryOperator.Lt => "<",
        BinaryOperator.Le => "<=",
        BinaryOperator.Gt => ">",
        BinaryOperator.Ge => ">=",
        BinaryOperator.And => "&&",
        BinaryOperator.Or => "||",
        _ => throw new InvalidOperationException($"SyntaxPrinter does not know operator {op}"),
    };

    private static string UnaryText(UnaryOperator op) => op switch
    {
        UnaryOperator.Neg => "-",
        UnaryOperator.Not => "!",
        UnaryOperator.Deref => "*",
        _ => throw new InvalidOperationException($"SyntaxPrinter does not know operator {op}"),
    };

    private static string Turbofish(ImmutableArray<TypeSyntax> arguments) =>
        Items(arguments).IsEmpty ? "" : $"::<{List(arguments)}>";

    private static string PrintStructLiteral(StructExpressionSyntax s)
    {
        var fields = s.Fields.Select(Print).Concat(s.Base is null ? [] : [".." + Print(s.Base)]).ToList();
        var path = PrintPath(s.Path, turbofish: true);
        return fields.Count == 0 ? path + " {}" : $"{path} {{ {string.Join(", ", fields)} }}";
    }

    private static string PrintMatchArm(MatchArmSyntax arm) =>
        $"{Print(arm.Pattern)}{(arm.Guard is null ? "" : " if " + Print(arm.Guard))} => {Print(arm.Body)},";

    /// <summary>`vec![0; n]` keeps its `;`; other macros list their arguments.</summary>
    private static string PrintMacroCall(MacroCallExpressionSyntax m) => m.RepeatCount is { } count
        ? $"{m.Name}![{Print(m.Arguments[0])}; {Print(count)}]"
        : $"{m.Name}!({List(m.Arguments)})";

    private static string Labelled(Identifier? label) => label is null ? "" : label.Text + ": ";

    private static string Keyword(string keyword, string? label, ExpressionSyntax? value) =>
        keyword + (label is null ? "" : " " + label) + (value is null ? "" : " " + Print(value));

    private static string Block(ImmutableArray<StatementSyntax> statements, ExpressionSyntax? tail)
    {
        var parts = statements.Select(Print).Concat(tail is null ? [] : [Print(tail)]).ToList();
        return parts.Count == 0 ? "{}" : $"{{ {string.Join(" ", parts)} }}";
    }

    private static string PrintStatement(StatementSyntax statement) => statement switch
    {
        LetStatementSyntax l => PrintLet(l),
        ExpressionStatementSyntax e => Print(e.Expression) + (e.HasSemicolon ? ";" : ""),
        ItemStatementSyntax i => Print(i.Item),
        EmptyStatementSyntax => ";",
        _ => throw new InvalidOperationException($"SyntaxPrinter does not know {statement.GetType().Name}"),
    };

    private static string PrintLet(LetStatementSyntax l)
    {
        var type = l.Type is null ? "" : ": " + Print(l.Type);
        var value = l.Initializer is null ? "" : " = " + Print(l.Initializer);
        var otherwise = l.Else is null ? "" : " else " + Print(l.Else);
        return $"let {Print(l.Pattern)}{type}{value}{otherwise};";
    }

    private static string PrintItem(ItemSyntax item) =>
        Attributes(item.Attributes) + (item.IsPublic ? "pub " : "") + item switch
    {
        FunctionItemSyntax f => PrintFunction(f),
        StructItemSyntax s => PrintStruct(s),
        EnumItemSyntax e => $"enum {e.Name}{Generics(e.Generics)}{WhereClause(e.Generics)} {{ {List(e.Variants)} }}",
        ImplItemSyntax i => PrintImpl(i),
        TraitItemSyntax t => PrintTrait(t),
        ConstItemSyntax c => $"const {c.Name}: {Print(c.Type)}{(c.Value is null ? "" : " = " + Print(c.Value))};",
        StaticItemSyntax s => $"static {(s.IsMutable ? "mut " : "")}{s.Name}: {Print(s.Type)} = {Print(s.Value)};",
        TypeAliasItemSyntax t => PrintTypeAlias(t),
        UseItemSyntax u => string.Join(" ", u.Entries.Select(e => $"use {Print(e)};")),
        ModuleItemSyntax m => $"mod {m.Name} {Members(m.Items)}",
        _ => throw new InvalidOperationException($"SyntaxPrinter does not know {item.GetType().Name}"),
    };

    private static string PrintStruct(StructItemSyntax s)
    {
        var end = s.Kind == StructKind.Named ? "" : ";";
        return $"struct {s.Name}{Generics(s.Generics)}{Fields(s.Kind, s.Fields)}{WhereClause(s.Generics)}{end}";
    }

    private static string PrintImpl(ImplItemSyntax i)
    {
        var trait = i.Trait is null ? "" : PrintPath(i.Trait) + " for ";
        return $"impl{Generics(i.Generics)} {trait}{Print(i.SelfType)}{WhereClause(i.Generics)} {Members(i.Items)}";
    }

    private static string PrintTrait(TraitItemSyntax t)
    {
        var supertraits = t.Supertraits.IsDefaultOrEmpty ? "" : ": " + Bounds(t.Supertraits);
        return $"trait {t.Name}{Generics(t.Generics)}{supertraits}{WhereClause(t.Generics)} {Members(t.Items)}";
    }

    private static string PrintTypeAlias(TypeAliasItemSyntax t)
    {
        var bounds = t.Bounds.IsDefaultOrEmpty ? "" : ": " + Bounds(t.Bounds);
        return $"type {t.Name}{Generics(t.Generics)}{bounds}{(t.Type is null ? "" : " = " + Print(t.Type))};";
    }

    private static string PrintFunction(FunctionItemSyntax f)
    {
        IEnumerable<string> self = f.SelfParam is null ? [] : [Print(f.SelfParam)];
        var parameters = self.Concat(f.Parameters.Select(Print));
        var body = f.Body is null ? ";" : " " + Print(f.Body);
        var signature = $"{(f.IsUnsafe ? "unsafe " : "")}fn {f.Name}{Generics(f.Generics)}({string.Join(", ", parameters)}){Arrow(f.ReturnType)}";
        return signature + WhereClause(f.Generics) + body;
    }

    private static string PrintSelfParam(SelfParamSyntax s) => s.Kind switch
    {
        _ when s.ExplicitType is not null => $"{(s.IsMutableBinding ? "mut " : "")}self: {Print(s.ExplicitType)}",
        SelfParamKind.Ref => "&self",
        SelfParamKind.RefMut => "&mut self",
        _ => s.IsMutableBinding ? "mut self" : "self",
    };

    private static string Fields(StructKind kind, ImmutableArray<FieldSyntax> fields) => kind switch
    {
        StructKind.Named => $" {{ {List(fields)} }}",
        StructKind.Tuple => $"({List(fields)})",
        _ => "",
    };

    private static string PrintField(FieldSyntax f) =>
        (f.IsPublic ? "pub " : "") + (f.Name is null ? "" : f.Name.Text + ": ") + Print(f.Type);

    private static string PrintVariant(VariantSyntax v) =>
        v.Name.Text + Fields(v.Kind, v.Fields) + (v.Discriminant is null ? "" : " = " + Print(v.Discriminant));

    private static string PrintUseEntry(UseEntrySyntax u) =>
        PrintPath(u.Path) + (u.IsGlob ? "::*" : "") + (u.Alias is null ? "" : " as " + u.Alias.Text);

    private static string PrintAttribute(AttributeSyntax a)
    {
        var arguments = a.Arguments.IsDefaultOrEmpty ? "" : $"({string.Join(", ", a.Arguments)})";
        var value = a.Value is null ? "" : $" = \"{Escape(a.Value, '"')}\"";
        return $"#{(a.IsInner ? "!" : "")}[{a.Name}{arguments}{value}]";
    }

    private static string Attributes(ImmutableArray<AttributeSyntax> attributes) =>
        string.Concat(Items(attributes).Select(a => Print(a) + " "));

    private static string Members(ImmutableArray<ItemSyntax> items) =>
        items.IsDefaultOrEmpty ? "{}" : $"{{ {string.Join(" ", items.Select(Print))} }}";
}
