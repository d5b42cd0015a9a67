namespace ToyRust.Driver;

internal static class Placeholder
{
}
