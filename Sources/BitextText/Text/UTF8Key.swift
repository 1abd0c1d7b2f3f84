/// A string hashed and compared by its UTF-8 bytes, for tables keyed by text. `String` hashes by
/// canonical equivalence, which checks normalisation on every hash of non-ASCII text (Korean keys
/// paid for it on every lookup); texts reach these tables in NFC already, as the loader leaves them.
public struct UTF8Key: Hashable, Sendable {
    public let text: String

    public init(_ text: String) {
        self.text = text
    }

    public static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        UTF8Scan.same(a.text, b.text)
    }

    public func hash(into hasher: inout Hasher) {
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil { for byte in text.utf8 { hasher.combine(byte) } }
    }
}
