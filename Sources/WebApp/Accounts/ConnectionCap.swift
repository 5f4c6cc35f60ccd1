import NIOConcurrencyHelpers
import NIOCore

/// Counts the server's open connections (one handler per connection, one count shared by all) and closes
/// a connection that would take the count past the limit, before it is read from.
final class ConnectionCap: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = NIOAny

    /// The connections open now, shared by every connection's handler.
    final class Count: Sendable {
        let open = NIOLockedValueBox(0)
    }

    let count: Count
    let limit: Int
    private var counted = false

    init(count: Count, limit: Int) {
        self.count = count
        self.limit = limit
    }

    func handlerAdded(context: ChannelHandlerContext) {
        let admitted = count.open.withLockedValue { open in
            guard open < limit else { return false }
            open += 1
            return true
        }
        counted = admitted
        if !admitted { context.close(promise: nil) }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        guard counted else { return }
        counted = false
        count.open.withLockedValue { $0 -= 1 }
    }
}
