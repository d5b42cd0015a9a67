using System.Globalization;
using ToyRust.Fuzz.Generation;

namespace ToyRust.Fuzz;

internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length >= 1 && args[0] == "generate")
        {
            var seed = int.Parse(args[1], CultureInfo.InvariantCulture);
            var size = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 40;
            Console.Write(ProgramGenerator.Generate(seed, new GeneratorOptions { Size = size }));
            return 0;
        }
        return 2;
    }
}
