using System.Text.RegularExpressions;

namespace ToyRust.Fuzz.Generation;

/// <summary>What a closure borrows from its scope while it lives (level L5, ProgramGenerator.Closures.cs).</summary>
public sealed partial class Scope
{
    /// <summary>
    /// Generates <paramref name="inside"/> with the variables that <paramref name="code"/> names
    /// (a closure's body: what it captures) at most at <paramref name="access"/>, then restores
    /// them. A name is a word of the text; names are unique in a function, so a capture is never
    /// missed (a shadowed variable of the same name is restricted too, which is only stricter).
    /// </summary>
    public void Capturing(string code, Access access, Action inside)
    {
        var words = Regex.Matches(code, @"[A-Za-z_][A-Za-z0-9_]*").Select(m => m.Value).ToHashSet();
        var vars = _blocks.SelectMany(b => b).Where(v => words.Contains(v.Name)).Select(v => (v, v.Access)).ToList();
        var heap = Heap.Where(v => words.Contains(v.Name)).SelectMany(Aliases).Distinct().Select(v => (v, v.Access)).ToList();
        foreach (var (v, old) in vars) v.Access = (Access)Math.Max((int)old, (int)access);
        foreach (var (v, old) in heap) v.Access = (Access)Math.Max((int)old, (int)access);
        inside();
        foreach (var (v, old) in vars) v.Access = old;
        foreach (var (v, old) in heap) v.Access = old;
    }

    /// <summary>
    /// Generates <paramref name="inside"/> (a `move` closure's body) with every heap variable and
    /// every `&amp;mut` reference frozen: the body would move them in. `Copy` variables stay readable.
    /// </summary>
    public void FreezingMovable(Action inside)
    {
        var vars = _blocks.SelectMany(b => b).Where(v => v.Type is RefType { Mutable: true }).Select(v => (v, v.Access)).ToList();
        var heap = Heap.Select(v => (v, v.Access)).ToList();
        foreach (var (v, _) in vars) v.Access = Access.Frozen;
        foreach (var (v, _) in heap) v.Access = Access.Frozen;
        inside();
        foreach (var (v, old) in vars) v.Access = old;
        foreach (var (v, old) in heap) v.Access = old;
    }
}
