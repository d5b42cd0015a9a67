namespace ToyRust.Mono;

internal static class Placeholder
{
}
