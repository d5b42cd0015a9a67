namespace ToyRust.Syntax;

internal static class Placeholder
{
}
