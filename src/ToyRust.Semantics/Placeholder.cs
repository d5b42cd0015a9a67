namespace ToyRust.Semantics;

internal static class Placeholder
{
}
