namespace ToyRust.Codegen;

internal static class Placeholder
{
}
