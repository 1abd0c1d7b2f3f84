import Foundation

/// One result slot per task of a `concurrentPerform`: each task writes only its own slot, the caller
/// reads them all after the tasks have finished. A lock keeps the writes ordered with the reads.
package final class ConcurrentSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    package init(count: Int) {
        slots = [Value?](repeating: nil, count: count)
    }

    package func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    package func value(_ index: Int) -> Value {
        lock.lock()
        defer { lock.unlock() }
        return slots[index]!
    }
}

/// `first` and `second` computed on two cores (in turn when `parallel` is false: small inputs are not
/// worth a thread), both results returned.
package func sideBySide<A, B>(parallel: Bool = true, _ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    guard parallel else { return (first(), second()) }
    let a = ConcurrentSlots<A>(count: 1), b = ConcurrentSlots<B>(count: 1)
    DispatchQueue.concurrentPerform(iterations: 2) { k in
        if k == 0 { a.set(0, first()) } else { b.set(0, second()) }
    }
    return (a.value(0), b.value(0))
}
