/// A review in progress: the document, and the documents before each edit (undo) and after each undone
/// edit (redo). Edits are whole values, so undo restores exactly what was there.
public struct ReviewSession: Sendable {
    public private(set) var document: ReviewDocument
    private var undoStack: [ReviewDocument] = []
    private var redoStack: [ReviewDocument] = []
    /// Steps kept for undo; the oldest go first.
    public var maxUndo = 1000

    public init(_ document: ReviewDocument) {
        self.document = document
    }

    public var canUndo: Bool { !undoStack.isEmpty }
    public var canRedo: Bool { !redoStack.isEmpty }

    public mutating func apply(_ edit: ReviewEdit, by user: String, at time: String) throws(ReviewEditError) {
        let next = try document.applying(edit, by: user, at: time)
        undoStack.append(document)
        if undoStack.count > maxUndo { undoStack.removeFirst(undoStack.count - maxUndo) }
        redoStack.removeAll()
        document = next
    }

    /// False when there is nothing to undo.
    @discardableResult
    public mutating func undo() -> Bool {
        guard let previous = undoStack.popLast() else { return false }
        redoStack.append(document)
        document = previous
        return true
    }

    @discardableResult
    public mutating func redo() -> Bool {
        guard let following = redoStack.popLast() else { return false }
        undoStack.append(document)
        document = following
        return true
    }
}
