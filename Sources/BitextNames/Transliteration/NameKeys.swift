/// The byte keys of one prepared name, all in one buffer: a key is a span of it, cut into tokens.
/// Comparing two names then reads two buffers; no array per token, key or reading is built or
/// reference-counted (per-token arrays were a third of the name matcher's time).
struct NameKeys: Sendable, Equatable {
    /// Keys one after another; within a key, its tokens one after another.
    private(set) var bytes: [UInt8] = []
    /// The end of every token of every key, as an offset into `bytes`.
    private(set) var tokenEnds: [Int32] = []

    /// A key: bytes `start..<end`, its tokens ending at `tokenEnds[firstEnd..<firstEnd + tokens]`.
    struct Span: Sendable, Equatable {
        var start: Int32
        var end: Int32
        var firstEnd: Int32
        var tokens: Int32
        var count: Int { Int(end - start) }
    }

    /// Appends the tokens as one key.
    mutating func append<Token: Collection<UInt8>>(_ tokens: some Sequence<Token>) -> Span {
        let start = Int32(bytes.count), firstEnd = Int32(tokenEnds.count)
        for token in tokens {
            bytes.append(contentsOf: token)
            tokenEnds.append(Int32(bytes.count))
        }
        return Span(start: start, end: Int32(bytes.count), firstEnd: firstEnd, tokens: Int32(tokenEnds.count) - firstEnd)
    }

    /// Appends `tokens` tokens as one key, the `k`th being `token(k)`.
    mutating func appendKey(tokens count: Int, _ token: (Int) -> [UInt8]) -> Span {
        let start = Int32(bytes.count), firstEnd = Int32(tokenEnds.count)
        for k in 0..<count {
            bytes.append(contentsOf: token(k))
            tokenEnds.append(Int32(bytes.count))
        }
        return Span(start: start, end: Int32(bytes.count), firstEnd: firstEnd, tokens: Int32(count))
    }

    /// The bytes of a key's tokens, in order.
    func tokens(of span: Span) -> [ArraySlice<UInt8>] {
        var from = Int(span.start)
        return (0..<Int(span.tokens)).map { k in
            let to = Int(tokenEnds[Int(span.firstEnd) + k])
            defer { from = to }
            return bytes[from..<to]
        }
    }

    /// Runs `body` with raw views of the buffers (the comparisons' inner loops).
    func withBuffers<R>(_ body: (Buffers) -> R) -> R {
        bytes.withUnsafeBufferPointer { b in tokenEnds.withUnsafeBufferPointer { body(Buffers(bytes: b, tokenEnds: $0)) } }
    }

    struct Buffers {
        let bytes: UnsafeBufferPointer<UInt8>
        let tokenEnds: UnsafeBufferPointer<Int32>

        func key(_ span: Span) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: bytes[Int(span.start)..<Int(span.end)])
        }

        func token(_ k: Int, of span: Span) -> UnsafeBufferPointer<UInt8> {
            let from = k == 0 ? Int(span.start) : Int(tokenEnds[Int(span.firstEnd) + k - 1])
            return UnsafeBufferPointer(rebasing: bytes[from..<Int(tokenEnds[Int(span.firstEnd) + k])])
        }
    }
}
