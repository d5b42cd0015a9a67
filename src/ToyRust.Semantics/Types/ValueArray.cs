using System.Collections;
using System.Collections.Immutable;

namespace ToyRust.Semantics.Types;

/// <summary>
/// An immutable array with structural equality, so that types built from lists of types
/// (tuples, generic arguments) compare and hash by content. Types are keys of the mono
/// collector's maps; reference equality there would create duplicate instances.
/// </summary>
public readonly struct ValueArray<T> : IEquatable<ValueArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> _items;

    public ValueArray(ImmutableArray<T> items) => _items = items.IsDefault ? [] : items;

    public ValueArray(IEnumerable<T> items) => _items = [.. items];

    public static ValueArray<T> Empty => new(ImmutableArray<T>.Empty);

    public int Count => _items.IsDefault ? 0 : _items.Length;

    public T this[int index] => _items[index];

    public ImmutableArray<T> AsImmutable() => _items.IsDefault ? [] : _items;

    public bool Equals(ValueArray<T> other) => AsImmutable().SequenceEqual(other.AsImmutable());

    public override bool Equals(object? obj) => obj is ValueArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsImmutable()) hash.Add(item);
        return hash.ToHashCode();
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)AsImmutable()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public static bool operator ==(ValueArray<T> left, ValueArray<T> right) => left.Equals(right);

    public static bool operator !=(ValueArray<T> left, ValueArray<T> right) => !left.Equals(right);

    public static implicit operator ValueArray<T>(ImmutableArray<T> items) => new(items);
}
