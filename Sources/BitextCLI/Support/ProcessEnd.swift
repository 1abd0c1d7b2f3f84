/// Large structures a command holds until it ends are left for the process's exit to reclaim: freeing a
/// glossary of a hundred thousand entries and its matchers object by object takes a fifth of a second,
/// and the operating system takes the whole heap back at once.
enum ProcessEnd {
    private final class Kept<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// Keeps `value` alive to the end of the process.
    static func leave<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Kept(value))
    }
}
