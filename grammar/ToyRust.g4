// The grammar of ToyRust: the subset of Rust 2021 described in docs (language-levels.md, L1-L5).
//
// It follows the Rust Reference's grammar (https://doc.rust-lang.org/reference/) with these
// deliberate differences, each explained where it happens:
//   1. `>` and `<` are always tokens of their own, so `Vec<Vec<i32>>` closes two generic lists and
//      `Option<<I as Iterator>::Item>` opens a generic list and a qualified path; the parser
//      accepts `> >`, `> =`, `> > =` and `< <` as `>>`, `>=`, `>>=` and `<<`, and the AST builder
//      checks that the tokens touch.
//   2. Binary operators, casts and assignments are parsed as flat lists (`expr: operand (op operand)*`)
//      and the AST builder applies Rust's precedence and associativity. A flat list cannot
//      overflow the stack on `1 + 1 + ... + 1` and keeps the grammar free of precedence tricks.
//   3. Macro arguments are token trees here, as in rustc; the AST builder parses them again with
//      `macroArguments` or `matchesArguments`.
//   4. Struct literals are forbidden where rustc forbids them (conditions of `if`/`while`, the
//      scrutinee of `match`, the iterable of `for`) by the rule argument `ns` ("no struct").
//   5. The type after `as` takes no generic arguments (castType), and no expression is ever
//      followed by an optional separator (see blockExpression and matchArm). Both keep ANTLR's
//      prediction from looking far ahead: its SLL mode considers every place a rule is used, so
//      one `expr ;?` anywhere makes `a - b` ambiguous everywhere until the end of the statement.
//
// Lexer helpers and the few predicates are C# methods in ToyRustLexer.Helpers.cs /
// ToyRustParser.Helpers.cs. Regenerate with grammar/generate.sh (see grammar/README.md).
grammar ToyRust;

// Produced by the lexer helpers (ToyRustLexer.Helpers.cs), not by a rule.
tokens { UNTERMINATED_BLOCK_COMMENT, UNTERMINATED_RAW_STRING }

// ---------------------------------------------------------------- files and items

compilationUnit
    : innerAttribute* item* EOF
    ;

innerAttribute
    : POUND NOT LBRACKET attributeBody RBRACKET
    ;

outerAttribute
    : POUND LBRACKET attributeBody RBRACKET
    ;

// `derive(Clone, Copy)`, `allow(dead_code)`, `recursion_limit = "256"`.
attributeBody
    : simplePath (delimitedTokenTree | EQ literal)?
    ;

item
    : outerAttribute* visibility? itemKind
    ;

visibility
    : PUB (LPAREN (CRATE | SELF | SUPER | IN simplePath) RPAREN)?
    ;

itemKind
    : function
    | structItem
    | enumItem
    | implItem
    | traitItem
    | constItem
    | staticItem
    | typeAlias
    | useItem
    | moduleItem
    ;

// `fn name<G>(self, params) -> Ret where ... { body }` or `;` (a required trait method).
function
    : CONST? UNSAFE? FN IDENT genericParams? LPAREN functionParameters? RPAREN (RARROW type_)? whereClause? (blockExpression | SEMI)
    ;

functionParameters
    : selfParam (COMMA functionParam)* COMMA?
    | functionParam (COMMA functionParam)* COMMA?
    ;

selfParam
    : outerAttribute* AND LIFETIME? MUT? SELF                      # refSelfParam
    | outerAttribute* MUT? SELF (COLON type_)?                     # valueSelfParam
    ;

functionParam
    : outerAttribute* patternNoTopAlt COLON type_
    ;

structItem
    : STRUCT IDENT genericParams? whereClause? LBRACE structFields? RBRACE     # namedStruct
    | STRUCT IDENT genericParams? LPAREN tupleFields? RPAREN whereClause? SEMI # tupleStruct
    | STRUCT IDENT genericParams? whereClause? SEMI                           # unitStruct
    ;

structFields
    : structField (COMMA structField)* COMMA?
    ;

structField
    : outerAttribute* visibility? IDENT COLON type_
    ;

tupleFields
    : tupleField (COMMA tupleField)* COMMA?
    ;

tupleField
    : outerAttribute* visibility? type_
    ;

enumItem
    : ENUM IDENT genericParams? whereClause? LBRACE (variant (COMMA variant)* COMMA?)? RBRACE
    ;

variant
    : outerAttribute* visibility? IDENT (LBRACE structFields? RBRACE | LPAREN tupleFields? RPAREN)? (EQ expression)?
    ;

// `impl<G> Type {}` or `impl<G> Trait for Type {}`.
implItem
    : IMPL genericParams? (typePath FOR)? type_ whereClause? LBRACE innerAttribute* associatedItem* RBRACE
    ;

traitItem
    : TRAIT IDENT genericParams? (COLON typeBounds?)? whereClause? LBRACE innerAttribute* associatedItem* RBRACE
    ;

associatedItem
    : outerAttribute* visibility? (function | constItem | typeAlias)
    ;

constItem
    : CONST (IDENT | UNDERSCORE) COLON type_ (EQ expression)? SEMI
    ;

staticItem
    : STATIC MUT? IDENT COLON type_ EQ expression SEMI
    ;

typeAlias
    : TYPE IDENT genericParams? (COLON typeBounds?)? whereClause? (EQ type_)? SEMI
    ;

useItem
    : USE useTree SEMI
    ;

// `a::b`, `a::b as c`, `a::*`, `a::{b, c::d}`.
useTree
    : (simplePath? PATHSEP)? STAR                                         # globUse
    | (simplePath? PATHSEP)? LBRACE (useTree (COMMA useTree)* COMMA?)? RBRACE # groupUse
    | simplePath (AS (IDENT | UNDERSCORE))?                              # simpleUse
    ;

moduleItem
    : MOD IDENT LBRACE innerAttribute* item* RBRACE
    ;

// ---------------------------------------------------------------- generics

genericParams
    : LT (genericParam (COMMA genericParam)* COMMA?)? GT
    ;

genericParam
    : outerAttribute* LIFETIME (COLON lifetimeBounds)?                # lifetimeParam
    | outerAttribute* IDENT (COLON typeBounds?)? (EQ type_)?          # typeParam
    | outerAttribute* CONST IDENT COLON type_                         # constParam
    ;

lifetimeBounds
    : LIFETIME (PLUS LIFETIME)* PLUS?
    ;

whereClause
    : WHERE (wherePredicate (COMMA wherePredicate)* COMMA?)?
    ;

wherePredicate
    : LIFETIME COLON lifetimeBounds    # lifetimeWherePredicate
    | type_ COLON typeBounds?          # typeWherePredicate
    ;

typeBounds
    : typeBound (PLUS typeBound)* PLUS?
    ;

typeBound
    : QUESTION? typePath              # traitBound
    | LPAREN QUESTION? typePath RPAREN  # parenthesizedTraitBound
    | LIFETIME                        # lifetimeBound
    ;

// ---------------------------------------------------------------- types

type_
    : IMPL typeBounds       # implTraitType
    | DYN typeBounds        # dynTraitType
    | typeNoBounds          # plainType
    ;

// A type that does not end in `+ Bound` (after `&`, `as`, `->` of fn pointers).
typeNoBounds
    : LPAREN (type_ (COMMA type_)* COMMA?)? RPAREN            # parenthesizedOrTupleType
    | NOT                                                    # neverType
    | UNDERSCORE                                             # inferType
    | AND LIFETIME? MUT? typeNoBounds                        # referenceType
    | STAR (CONST | MUT) typeNoBounds                        # rawPointerType
    | ANDAND LIFETIME? MUT? typeNoBounds                     # doubleReferenceType
    | LBRACKET type_ (SEMI expression)? RBRACKET             # arrayOrSliceType
    | FN LPAREN (type_ (COMMA type_)* COMMA?)? RPAREN (RARROW typeNoBounds)? # fnPointerType
    | qualifiedPath                                          # qualifiedPathType
    | IMPL typeBound                                         # implTraitTypeOneBound
    | DYN typeBound                                          # dynTraitTypeOneBound
    | typePath                                               # pathType
    ;

// The type after `as`. Its outermost path takes no generic arguments (no cast target needs
// them), so a `<` after a cast is an operator and the parser never has to look past a type
// to decide. rustc rejects `a as usize < b`; the AST builder reports it with rustc's message.
castType
    : LPAREN (type_ (COMMA type_)* COMMA?)? RPAREN              # parenthesizedOrTupleCastType
    | UNDERSCORE                                                # inferCastType
    | AND LIFETIME? MUT? castType                               # referenceCastType
    | STAR (CONST | MUT) castType                               # rawPointerCastType
    | LBRACKET type_ (SEMI expression)? RBRACKET                # arrayOrSliceCastType
    | FN LPAREN (type_ (COMMA type_)* COMMA?)? RPAREN (RARROW castType)? # fnPointerCastType
    | simplePath                                                # pathCastType
    ;

// `std::vec::Vec<T>`, `Iterator<Item = T>`, `Fn(i32) -> i32`.
typePath
    : PATHSEP? typePathSegment (PATHSEP typePathSegment)*
    ;

typePathSegment
    : pathIdentifier (PATHSEP? genericArgs | PATHSEP? fnSugar)?
    ;

fnSugar
    : LPAREN (type_ (COMMA type_)* COMMA?)? RPAREN (RARROW typeNoBounds)?
    ;

genericArgs
    : LT GT
    | LT genericArg (COMMA genericArg)* COMMA? GT
    ;

genericArg
    : LIFETIME            # lifetimeArg
    | IDENT EQ type_      # bindingArg
    | type_               # typeArg
    ;

// `<T as Trait>::name` / `<T>::name`.
qualifiedPath
    : LT type_ (AS typePath)? GT (PATHSEP pathExprSegment)+
    ;

pathIdentifier
    : IDENT
    | SELF
    | SELF_TYPE
    | SUPER
    | CRATE
    ;

simplePath
    : PATHSEP? pathIdentifier (PATHSEP pathIdentifier)*
    ;

// ---------------------------------------------------------------- statements and blocks

// The statements of a block are chosen by their first token: a statement that starts with a
// block-like expression (`if`, `match`, `{`, loops) needs no `;` and ends with that expression
// (rustc: `if c {} - 1` is two statements), unless `.` or `?` continues it
// (`match x {..}.unwrap();`). Any other expression needs a `;`, or ends the block as its value.
//
// Unlike rustc, a continued block-like expression needs its `;` even at the end of a block
// (`{ match x {..}.unwrap() }` must be written `{ (match x {..}).unwrap() }`). Allowing it there
// would make the parser look through every block-like statement to its end before choosing,
// once per level of nesting; and making the `;` optional in the middle of a block would let any
// operator continue into a following statement, which makes some expressions quadratic to parse.
blockExpression
    : LBRACE innerAttribute* statement* tailExpression? RBRACE
    ;

statement
    : SEMI                                                                                     # emptyStatement
    | item                                                                                     # itemStatement
    | outerAttribute* LET pattern (COLON type_)? (EQ expression (ELSE blockExpression)?)? SEMI # letStatement
    | outerAttribute* blockLikeExpression (blockLikeContinuation SEMI | SEMI)?                 # blockLikeStatement
    | outerAttribute* plainExpression SEMI                                                     # expressionStatement
    ;

tailExpression
    : outerAttribute* plainExpression
    ;

// `.method()`, `.field` or `?` after a leading block-like expression, and the rest of the expression.
blockLikeContinuation
    : dotOrTryPostfix postfixOperator* expressionTail[false]
    ;

// An expression that does not start with a block-like expression (at the start of a statement
// or a match arm body, where a leading block-like expression stands alone).
plainExpression
    : leadingOperand expressionTail[false]
    | rangeOperator binaryExpression[false]? (assignOperator rangeExpression[false])*
    ;

leadingOperand
    : prefixOperator+ primaryExpression[false] postfixOperator*
    | nonBlockPrimary[false] postfixOperator*
    ;

// What may follow the first operand of an expression (see expressionWith, rangeExpression and binaryExpression).
expressionTail[bool ns]
    : binaryTail[$ns]* (rangeOperator ({!$ns || TokenStream.LA(1) != LBRACE}? binaryExpression[$ns])?)? (assignOperator rangeExpression[$ns])*
    ;

// ---------------------------------------------------------------- expressions

expression
    : expressionWith[false]
    ;

// An expression where a struct literal is not allowed at the top level.
expressionNoStruct
    : expressionWith[true]
    ;

// Assignments, right-associative: `a = b = c` is `a = (b = c)`.
expressionWith[bool ns]
    : rangeExpression[$ns] (assignOperator rangeExpression[$ns])*
    ;

// `a..b`, `a..=b`, `a..`, `..b`, `..`. In a no-struct context `0.. {` has no end: the `{` opens the body.
rangeExpression[bool ns]
    : binaryExpression[$ns] (rangeOperator ({!$ns || TokenStream.LA(1) != LBRACE}? binaryExpression[$ns])?)?
    | rangeOperator ({!$ns || TokenStream.LA(1) != LBRACE}? binaryExpression[$ns])?
    ;

rangeOperator
    : DOTDOT
    | DOTDOTEQ
    ;

// Every binary operator from `*` down to `||`, and `as`: a flat list, folded by precedence in the AST builder.
binaryExpression[bool ns]
    : operand[$ns] binaryTail[$ns]*
    ;

binaryTail[bool ns]
    : binaryOperator operand[$ns]    # binaryOperation
    | AS castType                   # castOperation
    ;

binaryOperator
    : STAR | SLASH | PERCENT | PLUS | MINUS
    | LT LT | GT GT
    | AND | CARET | OR
    | EQEQ | NE | LT | LE | GT | GT EQ
    | ANDAND | OROR
    ;

assignOperator
    : EQ | PLUSEQ | MINUSEQ | STAREQ | SLASHEQ | PERCENTEQ | CARETEQ | ANDEQ | OREQ | SHLEQ | GT GT EQ
    ;

// Prefix operators bind looser than postfix ones: `-a.b()` is `-(a.b())`.
operand[bool ns]
    : prefixOperator* primaryExpression[$ns] postfixOperator*
    ;

prefixOperator
    : MINUS
    | NOT
    | STAR
    | AND MUT?
    | ANDAND MUT?
    ;

postfixOperator
    : dotOrTryPostfix                 # dotOrTry
    | LPAREN callArguments? RPAREN    # call
    | LBRACKET expression RBRACKET    # index
    ;

dotOrTryPostfix
    : QUESTION                                                      # tryOperator
    | DOT IDENT (PATHSEP genericArgs)? LPAREN callArguments? RPAREN # methodCall
    | DOT IDENT                                                     # fieldAccess
    | DOT INTEGER                                                   # tupleIndex
    // `t.0.1` lexes as `t`, `.`, `0.1`: the builder splits the float into two indices (as rustc does).
    | DOT FLOAT                                                     # nestedTupleIndex
    ;

callArguments
    : expression (COMMA expression)* COMMA?
    ;

primaryExpression[bool ns]
    : nonBlockPrimary[$ns]    # nonBlockPrimaryExpression
    | blockLikeExpression     # blockLikePrimary
    ;

nonBlockPrimary[bool ns]
    : literal                                                     # literalExpression
    | macroInvocation                                             # macroExpression
    | {!$ns}? pathExpression LBRACE structExpressionFields? RBRACE # structExpression
    | pathExpression                                              # pathPrimary
    | qualifiedPath                                               # qualifiedPathExpression
    // `()`, `(a)`, `(a,)`, `(a, b)`: one alternative, so the parser need not look past `a` to choose.
    | LPAREN (expression (COMMA expression)* COMMA?)? RPAREN      # parenthesizedOrTupleExpression
    | LBRACKET expression SEMI expression RBRACKET                # arrayRepeatExpression
    | LBRACKET (expression (COMMA expression)* COMMA?)? RBRACKET  # arrayExpression
    | MOVE? (OROR | OR closureParam (COMMA closureParam)* COMMA? OR | OR OR) closureBody[$ns] # closureExpression
    | RETURN expressionWith[$ns]?                                 # returnExpression
    | BREAK LIFETIME? expressionWith[$ns]?                        # breakExpression
    | CONTINUE LIFETIME?                                          # continueExpression
    ;

closureParam
    : outerAttribute* patternNoTopAlt (COLON type_)?
    ;

// With a return type the body must be a block (`|x| -> i32 { x }`).
closureBody[bool ns]
    : RARROW typeNoBounds blockExpression
    | expressionWith[$ns]
    ;

pathExpression
    : PATHSEP? pathExprSegment (PATHSEP pathExprSegment)*
    ;

// `name` or `name::<T>` (the turbofish).
pathExprSegment
    : pathIdentifier (PATHSEP genericArgs)?
    ;

structExpressionFields
    : structExpressionField (COMMA structExpressionField)* (COMMA (DOTDOT expression)?)?
    | DOTDOT expression
    ;

structExpressionField
    : outerAttribute* (IDENT | INTEGER) COLON expression # explicitField
    | outerAttribute* IDENT                             # shorthandField
    ;

blockLikeExpression
    : (LIFETIME COLON)? blockExpression                                     # block
    | UNSAFE blockExpression                                                # unsafeBlock
    | ifExpression                                                          # if
    | MATCH expressionNoStruct LBRACE innerAttribute* matchArm* lastMatchArm? RBRACE # match
    | (LIFETIME COLON)? LOOP blockExpression                                # loop
    | (LIFETIME COLON)? WHILE condition blockExpression                     # while
    | (LIFETIME COLON)? FOR pattern IN expressionNoStruct blockExpression   # for
    ;

// `else if` chains are a flat list, so a long chain does not nest the parser's recursion.
ifExpression
    : IF condition blockExpression (ELSE IF condition blockExpression)* (ELSE blockExpression)?
    ;

condition
    : LET pattern EQ expressionNoStruct
    | expressionNoStruct
    ;

// An arm needs a comma after it unless its body is a block-like expression or it is the last
// arm. As at the start of a statement, a leading block-like expression is the whole body
// unless `.` or `?` continues it. (The comma is not simply optional: then the parser would
// have to look far ahead at every operator in a body to rule out the start of the next arm.)
matchArm
    : matchArmHead (blockLikeExpression COMMA? | blockLikeExpression blockLikeContinuation COMMA | plainExpression COMMA)
    ;

lastMatchArm
    : matchArmHead (blockLikeExpression blockLikeContinuation | plainExpression)
    ;

matchArmHead
    : outerAttribute* pattern (IF expression)? FATARROW
    ;

// `println!(...)`, `vec![...]`: the arguments stay a token tree here.
macroInvocation
    : IDENT NOT delimitedTokenTree
    ;

delimitedTokenTree
    : LPAREN tokenTree* RPAREN
    | LBRACKET tokenTree* RBRACKET
    | LBRACE tokenTree* RBRACE
    ;

tokenTree
    : delimitedTokenTree
    | ~(LPAREN | RPAREN | LBRACKET | RBRACKET | LBRACE | RBRACE)
    ;

// The arguments of every built-in macro but `matches!`: `a, b, name = c` or `value; count`.
macroArguments
    : (expression (COMMA expression)* COMMA?)? EOF
    | expression SEMI expression EOF
    ;

// `matches!(value, Pattern if guard)`.
matchesArguments
    : expression COMMA pattern (IF expression)? COMMA? EOF
    ;

literal
    : INTEGER
    | FLOAT
    | STRING
    | RAW_STRING
    | CHAR
    | BYTE
    | TRUE
    | FALSE
    ;

// ---------------------------------------------------------------- patterns

// A leading `|` is allowed at the top (`match x { | A | B => .. }`).
pattern
    : OR? patternNoTopAlt (OR patternNoTopAlt)*
    ;

patternNoTopAlt
    : rangePatternBound DOTDOTEQ rangePatternBound   # inclusiveRangePattern
    | rangePatternBound DOTDOT rangePatternBound     # exclusiveRangePattern
    | rangePatternBound DOTDOT                       # halfOpenRangePattern
    | DOTDOTEQ rangePatternBound                     # toInclusiveRangePattern
    | patternWithoutRange                            # plainPattern
    ;

rangePatternBound
    : MINUS? (INTEGER | FLOAT)
    | CHAR
    | BYTE
    | pathExpression
    ;

patternWithoutRange
    : UNDERSCORE                                                        # wildcardPattern
    | DOTDOT                                                            # restPattern
    | MINUS? (INTEGER | FLOAT)                                          # numberPattern
    | (TRUE | FALSE | CHAR | BYTE | STRING | RAW_STRING)                # literalPattern
    | REF? MUT? IDENT (AT patternNoTopAlt)?                             # identifierPattern
    | (AND | ANDAND) MUT? patternWithoutRange                           # referencePattern
    | LPAREN (pattern (COMMA pattern)* COMMA?)? RPAREN                  # tupleOrGroupedPattern
    | LBRACKET (pattern (COMMA pattern)* COMMA?)? RBRACKET              # slicePattern
    | pathExpression LPAREN (pattern (COMMA pattern)* COMMA?)? RPAREN   # tupleStructPattern
    | pathExpression LBRACE structPatternFields? RBRACE                 # structPattern
    | pathExpression                                                    # pathPattern
    ;

structPatternFields
    : structPatternField (COMMA structPatternField)* (COMMA DOTDOT?)?
    | DOTDOT
    ;

structPatternField
    : outerAttribute* (IDENT | INTEGER) COLON pattern  # explicitFieldPattern
    | outerAttribute* REF? MUT? IDENT                 # shorthandFieldPattern
    ;

// ================================================================ lexer

// Keywords (strict, and the reserved words ToyRust rejects as identifiers).
AS       : 'as';
BREAK    : 'break';
CONST    : 'const';
CONTINUE : 'continue';
CRATE    : 'crate';
DYN      : 'dyn';
ELSE     : 'else';
ENUM     : 'enum';
FALSE    : 'false';
FN       : 'fn';
FOR      : 'for';
IF       : 'if';
IMPL     : 'impl';
IN       : 'in';
LET      : 'let';
LOOP     : 'loop';
MATCH    : 'match';
MOD      : 'mod';
MOVE     : 'move';
MUT      : 'mut';
PUB      : 'pub';
REF      : 'ref';
RETURN   : 'return';
SELF     : 'self';
SELF_TYPE: 'Self';
STATIC   : 'static';
STRUCT   : 'struct';
SUPER    : 'super';
TRAIT    : 'trait';
TRUE     : 'true';
TYPE     : 'type';
UNSAFE   : 'unsafe';
USE      : 'use';
WHERE    : 'where';
WHILE    : 'while';
// Keywords of Rust that ToyRust does not support; never identifiers.
RESERVED
    : 'abstract' | 'async' | 'await' | 'become' | 'box' | 'do' | 'extern' | 'final' | 'macro'
    | 'override' | 'priv' | 'try' | 'typeof' | 'unsized' | 'virtual' | 'yield'
    ;

// Literals. Numbers carry their suffix (`1u8`, `2.5f64`); the builder splits and checks it.
// `1.` is a float only when not followed by `.` or an identifier (`1..2`, `1.max(2)`).
FLOAT
    : DEC_DIGITS '.' DEC_DIGITS EXPONENT? SUFFIX?
    | DEC_DIGITS EXPONENT SUFFIX?
    | DEC_DIGITS '.' {NotFollowedByDotOrIdentifier()}?
    ;

INTEGER
    : DEC_DIGITS SUFFIX?
    | '0' [xob] [0-9a-zA-Z_]*
    ;

fragment DEC_DIGITS : [0-9] [0-9_]* ;
fragment EXPONENT   : [eE] [+-]? [0-9_]* [0-9] [0-9_]* ;
fragment SUFFIX     : [a-zA-Z_] [a-zA-Z0-9_]* ;

CHAR : '\'' CHAR_BODY '\'' ;
BYTE : 'b\'' CHAR_BODY '\'' ;
fragment CHAR_BODY
    : ~['\\\r\n]
    | '\\' ~[xu\r\n]
    | '\\x' HEX HEX
    | '\\u{' [0-9a-fA-F_]* '}'
    ;
fragment HEX : [0-9a-fA-F] ;

// Escapes are checked and decoded by the builder; `\` before a newline continues the line.
STRING : '"' (~["\\] | '\\' .)* '"' ;
UNTERMINATED_STRING : '"' (~["\\] | '\\' .)* '\\'? EOF ;

// `r"..."`, `r#"..."#`: the closing quote must be followed by as many `#` as the opening one had.
RAW_STRING : 'r' '#'* '"' {ScanRawString();} ;

LIFETIME : '\'' IDENTIFIER_START IDENTIFIER_CONTINUE* ;
// `'ab'`: longer than a lifetime, so it wins; reported as rustc does.
MULTI_CHAR : '\'' IDENTIFIER_START IDENTIFIER_CONTINUE+ '\'' ;
// `b"bytes"`, `br"raw"`: not in ToyRust; one clear error instead of a confusing parse.
BYTE_STRING : 'b"' (~["\\] | '\\' .)* '"' ;
RAW_BYTE_STRING : 'br' '#'* '"' {ScanRawString();} ;

UNDERSCORE : '_' ;
IDENT      : IDENTIFIER_START IDENTIFIER_CONTINUE* ;
fragment IDENTIFIER_START    : [\p{XID_Start}_] ;
fragment IDENTIFIER_CONTINUE : [\p{XID_Continue}] ;

// Punctuation. `>` is never combined (see the top of the file); `<<`, `<=`, `<<=` are.
PLUS      : '+' ;
MINUS     : '-' ;
STAR      : '*' ;
SLASH     : '/' ;
PERCENT   : '%' ;
CARET     : '^' ;
NOT       : '!' ;
AND       : '&' ;
OR        : '|' ;
ANDAND    : '&&' ;
OROR      : '||' ;
PLUSEQ    : '+=' ;
MINUSEQ   : '-=' ;
STAREQ    : '*=' ;
SLASHEQ   : '/=' ;
PERCENTEQ : '%=' ;
CARETEQ   : '^=' ;
ANDEQ     : '&=' ;
OREQ      : '|=' ;
SHLEQ     : '<<=' ;
EQ        : '=' ;
EQEQ      : '==' ;
NE        : '!=' ;
GT        : '>' ;
LT        : '<' ;
LE        : '<=' ;
AT        : '@' ;
DOT       : '.' ;
DOTDOT    : '..' ;
DOTDOTEQ  : '..=' ;
COMMA     : ',' ;
SEMI      : ';' ;
COLON     : ':' ;
PATHSEP   : '::' ;
RARROW    : '->' ;
FATARROW  : '=>' ;
POUND     : '#' ;
QUESTION  : '?' ;
LBRACE    : '{' ;
RBRACE    : '}' ;
LBRACKET  : '[' ;
RBRACKET  : ']' ;
LPAREN    : '(' ;
RPAREN    : ')' ;

// Rust's Pattern_White_Space.
WHITESPACE : [ \t\n\r\u000B\u000C\u0085\u200E\u200F\u2028\u2029]+ -> skip ;
// Doc comments (`///`, `//!`, `/** */`) are comments too.
LINE_COMMENT : '//' ~[\n\r]* -> skip ;
// Nested comments need a counter, so the helper scans the body (and skips the token when it is closed).
BLOCK_COMMENT : '/*' {ScanBlockComment();} ;

// A `'` that starts neither a char literal nor a lifetime (with the escape after it, if any).
UNTERMINATED_CHAR : '\'' ('\\' ('u{' [0-9a-fA-F_]* '}'? | ~[\r\n]))? ;
// Anything else: reported as `unknown start of token`.
UNKNOWN : . ;
