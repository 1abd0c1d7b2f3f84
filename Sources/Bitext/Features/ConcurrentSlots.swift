import Foundation

/// One result slot per task of a `concurrentPerform`: each task writes only its own slot, the caller
/// reads them all after the tasks have finished. A lock keeps the writes ordered with the reads.
final class ConcurrentSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        slots = [Value?](repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func value(_ index: Int) -> Value {
        lock.lock()
        defer { lock.unlock() }
        return slots[index]!
    }
}
