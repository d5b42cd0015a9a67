using System.Text.RegularExpressions;
using NUnit.Framework;
using ToyRust.Driver;
using ToyRust.Syntax.Text;
using ToyRust.Tests.EndToEnd;

namespace ToyRust.Tests.Mono;

/// <summary>
/// rustc as the oracle for mono items: for every `tests/mono/**/*.rs`, the user crate's items
/// that rustc 1.95 lists (`RUSTC_BOOTSTRAP=1 rustc -Zprint-mono-items=yes -C opt-level=0`) must be
/// exactly ToyRust's, once the classes ToyRust does not make items of are set aside — each is
/// listed in docs/monomorphization.md ("Compared with rustc's list"):
/// <list type="number">
/// <item>the standard library's own items (`std::…`, `core::…`, `alloc::…`, the `lang_start`
///   closure shim) and its internal helpers instantiated for a user type
///   (`&lt;S as PartialOrd&gt;::__chaining_le`, `&lt;S as core::slice::cmp::SliceChain&gt;::chaining_ge`); ToyRust's prelude instances are set aside with them,
///   except a std trait's default method for a user type (`&lt;Meters as PartialOrd&gt;::gt`), which
///   both compilers make in the user crate, and drop glue (`std::ptr::drop_in_place::&lt;(D, i32)&gt;`),
///   which both make for every type the program drops;</item>
/// <item>std's impls for std types (`&lt;i64 as Add&gt;::add`, `&lt;(i32, i32) as PartialOrd&gt;::lt`):
///   ToyRust makes them shim items too, but rustc's come from core's source and call core's
///   internal helpers (`__chaining_lt`, `SpecArrayEq`), so they are set aside on both sides;</item>
/// </list>
/// One class of std's items is compared all the same: the `?` protocol's (<see cref="IsTryProtocol"/>),
/// `&lt;Option&lt;i32&gt; as Try&gt;::branch`, `&lt;Result&lt;i32, E&gt; as FromResidual&lt;Result&lt;Infallible, E&gt;&gt;&gt;::from_residual`
/// and `&lt;Result&lt;(), E&gt; as Termination&gt;::report`: which of them a program makes is decided by
/// the desugaring of `?` and by `main`'s return type, which are ToyRust's to get right, so both
/// lists must have the same ones.
/// Every derived impl (`Clone`, `PartialEq`, `PartialOrd`, `Default`, `Debug`) is a shim item in
/// ToyRust and must be in rustc's list, and the other way round.
/// </summary>
public partial class MonoItemOracleTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        Repo.RelativeSources("tests/mono").Select(p => new TestCaseData(p).SetArgDisplayNames(p));

    [TestCaseSource(nameof(Cases))]
    public void The_user_crate_items_agree_with_rustc(string file)
    {
        if (!Rustc.IsAvailable) Assert.Ignore("rustc is not on PATH");
        var text = File.ReadAllText(Repo.Full(file));
        var options = new CompileOptions { Emit = EmitKinds.Mono, OutputStem = Path.Combine(Path.GetTempPath(), "toyrust-mono-oracle") };
        var ours = Compiler.Compile(new SourceText(file, text), options).MonoItems
            .Where(i => !i.FromPrelude || IsStdDefaultMethodForUserType(i.Name) || IsDropGlue(i.Name) || IsTryProtocol(i.Name) || IsUserClosureShim(i.Name)).Select(i => i.Name).Order(StringComparer.Ordinal).ToList();
        var theirs = RustcMonoItems(file)
            .Where(name => IsDropGlue(name) || IsTryProtocol(ShortPaths(name)) || IsUserClosureShim(name) || IsUserFnItemShim(name) || (!IsStandardLibrary(name) && !IsStdImplForStdType(name)))
            .Select(ShortPaths).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.That(ours, Is.EqualTo(theirs));
    }

    private static List<string> RustcMonoItems(string file)
    {
        var folder = Directory.CreateTempSubdirectory("toyrust-mono-oracle-");
        try
        {
            var run = Rustc.Run(["--edition", "2021", "-Zprint-mono-items=yes", "-C", "opt-level=0", "--emit=obj", "-o", Path.Combine(folder.FullName, "out.o"), file], unstable: true);
            Assert.That(run.ExitCode, Is.Zero, run.Stderr);
            return [.. MonoItemLine().Matches(run.Stdout).Select(m => m.Groups[1].Value)];
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// A std trait's default method instantiated for a user type (`&lt;Meters as PartialOrd&gt;::gt`),
    /// or a std blanket impl's method for one (`&lt;AppError as From&lt;AppError&gt;&gt;::from`, which the
    /// error conversion of `?` calls): rustc makes it in the user crate, and so does ToyRust, from
    /// its prelude.
    /// </summary>
    private static bool IsStdDefaultMethodForUserType(string name) =>
        Regex.Match(name, @"^<([A-Za-z_]\w*)") is { Success: true } m
        && m.Groups[1].Value is not ("Option" or "Result" or "Ordering" or "Layout" or "LayoutError" or "Box" or "Vec" or "String"
            or "Rc" or "RefCell" or "Cell" or "Ref" or "RefMut" or "Iter" or "IterMut" or "IntoIter" or "ManuallyDrop" or "bool" or "char" or "str" or "fn")
        && !IsStdIteratorType(m.Groups[1].Value)
        && !Regex.IsMatch(m.Groups[1].Value, @"^[iuf](8|16|32|64|128|size)$");

    /// <summary>std's adapters and ranges: their methods are std's items, whatever they iterate over.</summary>
    private static bool IsStdIteratorType(string name) => name is "Map" or "Filter" or "Enumerate" or "Zip" or "Rev" or "Take"
        or "Skip" or "Chain" or "Copied" or "Cloned" or "FilterMap" or "TakeWhile" or "SkipWhile" or "Range" or "RangeInclusive"
        or "RangeFrom" or "RangeTo" or "RangeFull";

    /// <summary>
    /// An item of the `?` protocol for `Option`, `Result` or `ControlFlow` (short paths):
    /// `Try::branch`, `FromResidual::from_residual`, and `Termination::report` of what `main` returns.
    /// `&lt;() as Termination&gt;::report` is not one: rustc makes it for every `main`, ToyRust only for a
    /// `main` that returns a `Result` (whose `Ok(())` reports through it).
    /// </summary>
    private static bool IsTryProtocol(string name) =>
        Regex.IsMatch(name, @"^<(Option|Result|ControlFlow)<.*> as (Try|FromResidual<.*>|Termination)>::(branch|from_residual|from_output|report)$");

    /// <summary>
    /// A shim of a user closure's `FnOnce::call_once` (`&lt;{closure@…} as FnOnce&lt;(i32,)&gt;&gt;::call_once - shim`,
    /// and `- shim(vtable)` for a `dyn Fn` vtable's slot): the trait is std's, the item the user crate's.
    /// </summary>
    private static bool IsUserClosureShim(string name) => Regex.IsMatch(name, @"^<\{closure@(?!std::).* - shim(\(vtable\))?$");

    /// <summary>
    /// A shim of a user function item's `Fn*` method (`&lt;fn(i32) -> i32 {double} as Fn&lt;(i32,)&gt;&gt;::call - shim(…)`,
    /// rustc's `FnPtrShim`): the item is the user crate's; those of `fn` pointers (`&lt;fn(i32) -> i32 as Fn&lt;(i32,)&gt;&gt;::call`)
    /// are std's impls for std types and set aside.
    /// </summary>
    private static bool IsUserFnItemShim(string name) => Regex.IsMatch(name, @"^<fn\(.*\{(?!std::|core::|alloc::)[^{}]*\} as std::ops::Fn\w*<.* - shim\(");

    /// <summary>
    /// Drop glue, `std::ptr::drop_in_place::&lt;T&gt; - shim(Some(T))`: both compilers make one item per
    /// type a program drops (tuples, arrays and `Option`s of user types too), and the lists must agree.
    /// </summary>
    private static bool IsDropGlue(string name) =>
        name.StartsWith("std::ptr::drop_in_place::<", StringComparison.Ordinal) && !IsGlueOfStdInternal(name);

    /// <summary>
    /// The glue of a type private to std's implementation that ToyRust's prelude does not have:
    /// `alloc::raw_vec::RawVec&lt;T&gt;`, the buffer inside rustc's `Vec` (ToyRust's `Vec` frees its
    /// memory itself), and what std's `collect` and `vec::IntoIter` drop on the way (`SetLenOnDrop`,
    /// `InPlaceDrop`, `DropGuard`, the glue of std's own closures). Set aside on rustc's side;
    /// docs/monomorphization.md lists them.
    /// </summary>
    private static bool IsGlueOfStdInternal(string name) =>
        Regex.IsMatch(name, @"^std::ptr::drop_in_place::<(alloc::raw_vec::|std::vec::(in_place_drop|set_len_on_drop)::|<std::vec::IntoIter<T, A> as |\{closure@std::)");

    private static bool IsStandardLibrary(string name) =>
        Regex.IsMatch(name, @"^<{0,2}(std|core|alloc)::") || name.Contains("{closure@std::rt::lang_start", StringComparison.Ordinal)
        || name.Contains(" - shim(", StringComparison.Ordinal) || Regex.IsMatch(name, @">::__\w+$")
        || Regex.IsMatch(name, @" as (?:std|core)::(?:slice|array)::");

    /// <summary>`&lt;SELF as std::TRAIT&gt;::m` where SELF is a primitive, tuple, array or reference.</summary>
    private static bool IsStdImplForStdType(string name) =>
        Regex.IsMatch(name, @"^<(\(|\[|&|bool |char |str |[iuf](8|16|32|64|128|size) )") && name.Contains(" as std::", StringComparison.Ordinal);

    /// <summary>rustc writes std paths in full (`std::option::Option`, `std::ops::Add`); ToyRust by name.</summary>
    private static string ShortPaths(string name) => Regex.Replace(name, @"(?:std|core)::(?:\w+::)*(?=[A-Z])", "");

    [GeneratedRegex(@"^MONO_ITEM fn (.+?) @@", RegexOptions.Multiline)]
    private static partial Regex MonoItemLine();
}
