/// Transforms a stream of inputs on every core and hands the outputs back in input order, holding
/// at most `window` inputs (in flight or waiting for an earlier one) at a time: memory stays flat
/// however long the stream. At most `parallelism` of them are transformed at once (`--jobs`).
public enum OrderedParallelMap {
    public static func run<Input: Sendable, Output: Sendable>(
        _ inputs: some Sequence<Input>, window: Int, parallelism: Int? = nil,
        transform: @escaping @Sendable (Input) -> Output,
        consume: (Output) throws -> Void
    ) async throws {
        precondition(window > 0)
        try await withThrowingTaskGroup(of: (Int, Output).self) { group in
            var iterator = inputs.makeIterator()
            var submitted = 0, delivered = 0, running = 0
            let parallelism = parallelism ?? window
            var waiting: [Int: Output] = [:]
            var exhausted = false
            func fill() {
                while !exhausted, submitted - delivered < window, running < parallelism {
                    guard let item = iterator.next() else {
                        exhausted = true
                        return
                    }
                    let index = submitted
                    group.addTask { (index, transform(item)) }
                    submitted += 1
                    running += 1
                }
            }
            fill()
            while let (index, output) = try await group.next() {
                running -= 1
                waiting[index] = output
                while let next = waiting.removeValue(forKey: delivered) {
                    try consume(next)
                    delivered += 1
                }
                fill()
            }
        }
    }
}
