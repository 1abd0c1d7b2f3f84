import BitextText
import BitextAlignment
import BitextFormats
import Foundation

/// One TMX for a whole batch, built so that a batch can be stopped and resumed: each pair's units are
/// appended to a spool file beside the output (`.NAME.partial`) as a block marked with the pair's id,
/// and the TMX is assembled from the spool (header, the blocks wanted, renumbered, footer) and renamed
/// into place only at the end. A block cut short by a crash is dropped.
public final class BatchTMXSpool {
    public let path: String
    public let spoolPath: String
    private let writer: TMXWriter
    private let handle: FileHandle
    static let resumedID = "*earlier-output*"

    /// With `resume`, an existing spool is kept; without one, the units of an existing output are
    /// carried over. Otherwise the spool starts empty.
    public init(path: String, writer: TMXWriter, resume: Bool) throws {
        self.path = path
        self.writer = writer
        let url = URL(fileURLWithPath: path)
        spoolPath = url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".partial").path
        let fm = FileManager.default
        let keep = resume && fm.fileExists(atPath: spoolPath)
        if !keep {
            guard fm.createFile(atPath: spoolPath, contents: nil) else { throw BitextError.writeFailed(spoolPath, reason: "cannot create") }
        }
        guard let h = FileHandle(forWritingAtPath: spoolPath) else { throw BitextError.writeFailed(spoolPath, reason: "cannot open") }
        handle = h
        try handle.seekToEnd()
        if resume, !keep, fm.fileExists(atPath: path) {
            var carried = ""
            _ = try TMXReader().read(contentsOf: url) { unit, _ in carried += TMXMarkup.unit(unit) }
            try appendBlock(carried, id: BatchTMXSpool.resumedID)
        }
    }

    deinit { try? handle.close() }

    public func append(_ alignment: Alignment, id: String) throws {
        try append(units: BatchTMXSpool.units(alignment, writer: writer), id: id)
    }

    /// A pair's units as a block wants them, numbered from 1 (`finish` numbers the whole file again):
    /// pure, so that a batch renders them in its workers and only writes them in order.
    public static func units(_ alignment: Alignment, writer: TMXWriter) -> String {
        var number = 0
        return writer.units(alignment, numberedAfter: &number)
    }

    /// Appends units rendered by `units(_:writer:)`.
    public func append(units: String, id: String) throws {
        try appendBlock(units, id: id)
    }

    private func appendBlock(_ units: String, id: String) throws {
        let block = "<!-- bitext-begin \(BatchTMXSpool.marker(id)) -->\n" + units + "<!-- bitext-end -->\n"
        do { try handle.write(contentsOf: Data(block.utf8)) } catch { throw BitextError.writeFailed(spoolPath, reason: "\(error)") }
    }

    /// An id inside an XML comment: no `--`, no line break.
    static func marker(_ id: String) -> String {
        // Most ids have neither (a line feed, or a hyphen that might start `--`).
        guard id.utf8.contains(where: { $0 == UInt8(ascii: "-") || $0 == 10 }) else { return id }
        return id.replacingOccurrences(of: "--", with: "- -").replacingOccurrences(of: "\n", with: " ")
    }

    /// Writes the TMX from the blocks of the pairs in `keep` (and units carried over from an earlier
    /// output), first block of each id only, then removes the spool. Returns the number of units.
    @discardableResult
    public func finish(keep: Set<String>, srclang: String) throws -> Int {
        try handle.synchronize()
        let wanted = Set(keep.map(BatchTMXSpool.marker) + [BatchTMXSpool.marker(BatchTMXSpool.resumedID)])
        let out = try AtomicFileWriter(path: path)
        try out.write(writer.header(srclang: srclang))
        // Read as bytes: a batch's spool is tens of megabytes, and this pass runs alone after the workers.
        let begin = Array("<!-- bitext-begin ".utf8), end = Array(" -->".utf8), blockEnd = Array("<!-- bitext-end -->".utf8)
        let unitStart = Array("    <tu tuid=\"".utf8)
        var seen = Set<String>()
        var block: [UInt8] = []
        var current: String?
        var count = 0
        try LineReader(path: spoolPath).forEachLine { line in
            if line.starts(with: begin), line.suffix(end.count).elementsEqual(end) {
                current = String(decoding: line.dropFirst(begin.count).dropLast(end.count), as: UTF8.self)
                block.removeAll(keepingCapacity: true)
            } else if line.elementsEqual(blockEnd), let id = current {
                if wanted.contains(id), seen.insert(id).inserted {
                    // Units are numbered on from the last block's: the number in each `<tu tuid="…"` is replaced.
                    var from = block.startIndex
                    while from < block.endIndex {
                        let next = block[from...].firstIndex(of: 10).map { $0 + 1 } ?? block.endIndex
                        let unitLine = block[from..<next]
                        if unitLine.starts(with: unitStart), let close = unitLine.dropFirst(unitStart.count).firstIndex(of: UInt8(ascii: "\"")) {
                            count += 1
                            try out.write(unitStart)
                            try out.write(String(count).utf8)
                            try out.write(unitLine[close...])
                        } else {
                            try out.write(unitLine)
                        }
                        from = next
                    }
                }
                current = nil
            } else if current != nil {
                block += line
                block.append(10)
            }
        }
        try out.write(TMXMarkup.footer)
        try out.commit()
        try? FileManager.default.removeItem(atPath: spoolPath)
        return count
    }
}
