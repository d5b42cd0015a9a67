using NUnit.Framework;

// Most of the time of a test run is spent waiting for processes (linkers, QEMU, rustc), so run the
// cases of every fixture in parallel, four at a time on the 2-core machines the project uses.
[assembly: Parallelizable(ParallelScope.Children)]
[assembly: LevelOfParallelism(4)]
