namespace ToyRust.Llvm;

internal static class Placeholder
{
}
