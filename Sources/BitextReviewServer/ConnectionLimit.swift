import NIOCore
import Synchronization

/// How many connections the review server holds at once, shared by the handlers of every connection.
final class ConnectionCount: Sendable {
    let limit: Int
    private let open = Atomic<Int>(0)

    init(limit: Int) {
        self.limit = limit
    }

    /// Counts a new connection; false (and not counted) when the limit is reached.
    func acquire() -> Bool {
        while true {
            let now = open.load(ordering: .relaxed)
            guard now < limit else { return false }
            if open.compareExchange(expected: now, desired: now + 1, ordering: .acquiringAndReleasing).exchanged { return true }
        }
    }

    func release() { open.subtract(1, ordering: .acquiringAndReleasing) }

    var current: Int { open.load(ordering: .relaxed) }
}

/// Closes a connection at once when the server already holds `ConnectionCount.limit` of them: a flood of
/// idle sockets cannot take every descriptor the reviewer's own requests need. It reads nothing.
final class ConnectionLimit: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = Never
    private let count: ConnectionCount
    private var counted = false

    init(_ count: ConnectionCount) {
        self.count = count
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if count.acquire() { counted = true } else { context.close(promise: nil) }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        if counted { count.release() }
        counted = false
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        context.fireChannelRead(data)
    }
}
