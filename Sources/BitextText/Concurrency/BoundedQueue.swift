import Foundation

/// Hands batches from one thread to the next, at most `capacity` waiting: a stage that runs ahead blocks
/// instead of filling memory. The producer closes it when done (or with the error that stopped it); the
/// consumer can cancel it, and the producer's next `push` then says to stop.
package final class BoundedQueue<Element: Sendable>: @unchecked Sendable {
    private var items: [Element] = []
    private var head = 0
    private let capacity: Int
    private let condition = NSCondition()
    private var closed = false
    private var cancelled = false
    private var failure: Error?

    package init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// False when the consumer has cancelled: the producer stops.
    @discardableResult
    package func push(_ item: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count - head >= capacity && !cancelled { condition.wait() }
        if cancelled { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    /// The next element; nil once the producer has closed the queue and it is empty. Rethrows the error
    /// the producer closed it with, after the elements sent before it.
    package func pop() throws -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !closed { condition.wait() }
        if head < items.count {
            let item = items[head]
            head += 1
            if head > 64 && head * 2 > items.count {
                items.removeFirst(head)
                head = 0
            }
            condition.broadcast()
            return item
        }
        if let failure { throw failure }
        return nil
    }

    /// The producer is done; `error`, if any, reaches the consumer after what was sent.
    package func close(throwing error: Error? = nil) {
        condition.lock()
        closed = true
        if failure == nil { failure = error }
        condition.broadcast()
        condition.unlock()
    }

    /// The consumer stops: the producer's pending and next pushes return false.
    package func cancel() {
        condition.lock()
        cancelled = true
        items.removeAll()
        head = 0
        condition.broadcast()
        condition.unlock()
    }

    package var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }
}
