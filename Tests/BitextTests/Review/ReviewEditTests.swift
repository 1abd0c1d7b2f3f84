import Foundation
import Testing
@testable import BitextText
@testable import BitextAlignment
@testable import BitextEntities
@testable import BitextReview
@testable import BitextFormats

/// Three source and three target sentences aligned 1-1, 1-1, 1-1.
private func sample() -> ReviewDocument {
    let src = ["One ship sailed.", "Two planes flew. Then they landed.", "Three men spoke."]
    let tgt = ["배 한 척이 출항했다.", "비행기 두 대가 날았다.", "세 사람이 말했다."]
    let side = { (texts: [String], lang: LanguageCode) in
        Alignment.Side(name: "doc", language: lang, segments: texts.enumerated().map { Segment(text: $0.element, paragraph: $0.offset) })
    }
    return ReviewDocument(Alignment(source: side(src, .english), target: side(tgt, .korean),
                                    beads: (0..<3).map { Bead(source: $0..<($0 + 1), target: $0..<($0 + 1), confidence: 0.9) }))
}

private func shapes(_ d: ReviewDocument) -> [String] { d.beads.map { "\(Array($0.bead.source))-\(Array($0.bead.target))" } }

@Suite struct ReviewEditTests {
    @Test func joinMakesOneBeadOfTwoNeighbours() throws {
        let d = try sample().applying(.join(bead: 0), by: "ana", at: "t1")
        #expect(shapes(d) == ["[0, 1]-[0, 1]", "[2]-[2]"])
        #expect(d.beads[0].status == .edited && d.beads[0].changedBy == "ana" && d.beads[0].changedAt == "t1")
        #expect(d.history == [ReviewEvent(action: "join", bead: 0, by: "ana", at: "t1")])
        #expect(d.problem() == nil)
    }

    @Test func unlinkThenLinkRestoresThePair() throws {
        let unlinked = try sample().applying(.unlink(bead: 1), by: "ana", at: "t")
        #expect(shapes(unlinked) == ["[0]-[0]", "[1]-[]", "[]-[1]", "[2]-[2]"])
        let linked = try unlinked.applying(.link(bead: 1), by: "ana", at: "t")
        #expect(shapes(linked) == ["[0]-[0]", "[1]-[1]", "[2]-[2]"])
        #expect(linked.problem() == nil)
    }

    @Test func splitAtACursorCutsTheSegmentAndTheBead() throws {
        // "Two planes flew. Then they landed." cut after "flew." (UTF-16 offset 16).
        let d = try sample().applying(.split(bead: 1, side: .source, segment: 1, offset: 16), by: "ana", at: "t")
        #expect(d.source.segments.map(\.text) == ["One ship sailed.", "Two planes flew.", "Then they landed.", "Three men spoke."])
        #expect(shapes(d) == ["[0]-[0]", "[1]-[1]", "[2]-[]", "[3]-[2]"])
        #expect(d.history.last?.detail == "segment 1 cut at 16")
        #expect(d.problem() == nil)
    }

    @Test func splitBetweenSegmentsOfAWideBead() throws {
        let joined = try sample().applying(.join(bead: 0), by: "ana", at: "t")
        let d = try joined.applying(.split(bead: 0, side: .target, segment: 1, offset: nil), by: "ana", at: "t")
        #expect(shapes(d) == ["[0, 1]-[0]", "[]-[1]", "[2]-[2]"])
        #expect(d.target.segments.count == 3)
    }

    @Test func splitOffsetsCountUTF16LikeABrowser() throws {
        // Korean syllables are one UTF-16 unit each: "배 한 척이" is 6 units.
        let d = try sample().applying(.split(bead: 0, side: .target, segment: 0, offset: 6), by: "ana", at: "t")
        #expect(d.target.segments.prefix(2).map(\.text) == ["배 한 척이", "출항했다."])
    }

    @Test(arguments: [
        (ReviewEdit.join(bead: 2), "bead 2 is the last; there is nothing below to join it with"),
        (ReviewEdit.accept(bead: 7), "there is no bead 7 (the alignment has 3)"),
        (ReviewEdit.link(bead: 0), "link pairs a source-only bead with a target-only one next to it; use join for others"),
        (ReviewEdit.split(bead: 0, side: .source, segment: 0, offset: 0), "the cut falls at the edge of bead 0; put the cursor inside a segment or between two"),
        (ReviewEdit.split(bead: 0, side: .source, segment: 1, offset: 3), "source segment 1 is not in bead 0"),
        (ReviewEdit.split(bead: 0, side: .source, segment: 0, offset: 99), "offset 99 is outside the segment (16 UTF-16 units)"),
    ])
    func refusedEditsSayWhy(edit: ReviewEdit, message: String) {
        #expect(throws: ReviewEditError(message)) { try sample().applying(edit, by: "ana", at: "t") }
    }

    @Test func aCutInsideACharacterIsRefused() throws {
        // "South Korea 🇰🇷 sails. Then it lands." : the flag is four UTF-16 units, an accent a unit of its own.
        let side = { (texts: [String]) in
            Alignment.Side(name: "doc", language: .english, segments: texts.enumerated().map { Segment(text: $0.element, paragraph: $0.offset) })
        }
        let doc = ReviewDocument(Alignment(source: side(["South Korea 🇰🇷 sails. Café\u{301} opens."]), target: side(["x"]),
                                           beads: [Bead(source: 0..<1, target: 0..<1, confidence: 0.9)]))
        #expect(throws: ReviewEditError("offset 13 falls inside a character; cut between two characters")) {
            try doc.applying(.split(bead: 0, side: .source, segment: 0, offset: 13), by: "ana", at: "t")
        }
        #expect(throws: ReviewEditError("offset 28 falls inside a character; cut between two characters")) {
            try doc.applying(.split(bead: 0, side: .source, segment: 0, offset: 28), by: "ana", at: "t")
        }
        let cut = try doc.applying(.split(bead: 0, side: .source, segment: 0, offset: 23), by: "ana", at: "t")
        #expect(cut.source.segments.map(\.text) == ["South Korea 🇰🇷 sails.", "Café\u{301} opens."])
    }

    @Test func acceptKeepsTheBeadAndCountsIt() throws {
        let d = try sample().applying(.accept(bead: 2), by: "ana", at: "t")
        #expect(shapes(d) == shapes(sample()))
        #expect(d.counts(lowBelow: 0.5).accepted == 1)
        #expect(d.alignment.beads[2].confidence == 1 && d.alignment.beads[0].confidence == 0.9)
    }

    @Test func undoAndRedoRestoreWholeDocuments() throws {
        var session = ReviewSession(sample())
        try session.apply(.join(bead: 0), by: "ana", at: "t")
        try session.apply(.unlink(bead: 1), by: "ana", at: "t")
        let after = session.document
        let undone = [session.undo(), session.undo(), session.undo()]
        #expect(undone == [true, true, false])
        #expect(session.document == sample())
        let redone = [session.redo(), session.redo(), session.redo()]
        #expect(redone == [true, true, false])
        #expect(session.document == after)
    }

    /// Any sequence of edits keeps every segment in exactly one bead, in order on a parallel alignment.
    @Test func randomEditsKeepEverySegmentInExactlyOneBead() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var d = sample()
            for _ in 0..<12 {
                let k = Int.random(in: 0..<d.beads.count, using: &generator)
                let b = d.beads[k].bead
                let edit: ReviewEdit
                switch Int.random(in: 0..<5, using: &generator) {
                case 0: edit = .accept(bead: k)
                case 1: edit = .join(bead: k)
                case 2: edit = .unlink(bead: k)
                case 3: edit = .link(bead: k)
                default:
                    let side: ReviewEdit.Side = b.source.isEmpty ? .target : .source
                    let range = side == .source ? b.source : b.target
                    let segment = range.randomElement(using: &generator)!
                    let length = (side == .source ? d.source : d.target).segments[segment].text.utf16.count
                    edit = .split(bead: k, side: side, segment: segment, offset: Int.random(in: 0...length, using: &generator))
                }
                if let next = try? d.applying(edit, by: "p", at: "t") { d = next }
                #expect(d.problem() == nil, "\(edit)")
            }
            let sources = d.beads.flatMap { Array($0.bead.source) }, targets = d.beads.flatMap { Array($0.bead.target) }
            #expect(sources == Array(0..<d.source.segments.count))
            #expect(targets == Array(0..<d.target.segments.count))
        }
    }
}

@Suite struct AlignmentJSONTests {
    @Test func roundTripKeepsEverything() throws {
        let edited = try sample().applying(.unlink(bead: 1), by: "ana", at: "2026-11-30T10:00:00Z").applying(.accept(bead: 0), by: "bo", at: "t2")
        let back = try AlignmentJSON.decode(AlignmentJSON.encode(edited), name: "x.json")
        #expect(back == edited)
    }

    @Test func theFileSaysWhatItIs() throws {
        let object = try JSONSerialization.jsonObject(with: AlignmentJSON.encode(sample())) as? [String: Any]
        #expect(object?["format"] as? String == "bitext-alignment")
        #expect(object?["version"] as? Int == 1)
        let beads = object?["beads"] as? [[String: Any]]
        #expect(beads?.first?["source"] as? [Int] == [0])
        #expect(beads?.first?["status"] as? String == "proposed")
    }

    @Test(arguments: [
        ("{", "x.json:1: not a Bitext alignment: invalid JSON"),
        (#"{"format":"other","version":1,"mode":"parallel","source":{"name":"a","language":"en","segments":[]},"target":{"name":"b","language":"ko","segments":[]},"beads":[]}"#,
         "x.json:1: format is 'other', expected 'bitext-alignment'"),
        (#"{"format":"bitext-alignment","version":9,"mode":"parallel","source":{"name":"a","language":"en","segments":[]},"target":{"name":"b","language":"ko","segments":[]},"beads":[]}"#,
         "x.json:1: written by a newer Bitext (format version 9; this one reads 1)"),
        (#"{"format":"bitext-alignment","version":1,"mode":"parallel","source":{"name":"a","language":"en","segments":[{"text":"A.","paragraph":0,"kind":"body"}]},"target":{"name":"b","language":"ko","segments":[]},"beads":[]}"#,
         "x.json:1: source segment 0 is in no bead"),
        (#"{"format":"bitext-alignment","version":1,"mode":"parallel","source":{"name":"a","language":"en","segments":[{"text":"A.","paragraph":0,"kind":"body"}]},"target":{"name":"b","language":"ko","segments":[]},"beads":[{"source":[0,2],"target":[],"confidence":1}]}"#,
         "x.json:1: bead 0: segment indices must be consecutive and ascending"),
        (#"{"format":"bitext-alignment","version":1,"mode":"parallel","source":{"name":"a","language":"en","segments":[{"text":"A.","paragraph":0,"kind":"body"}]},"target":{"name":"b","language":"ko","segments":[]},"beads":[{"source":[0,1],"target":[],"confidence":1}]}"#,
         "x.json:1: bead 0: source segments 0..<2 outside 0..<1"),
    ])
    func brokenFilesAreRefusedWithTheReason(json: String, message: String) {
        do {
            _ = try AlignmentJSON.decode(Data(json.utf8), name: "x.json")
            Issue.record("accepted \(json)")
        } catch {
            #expect("\(error)".hasPrefix(message), "\(error)")
        }
    }
}

@Suite struct ReviewPageTests {
    @Test func highlightsNumbersGlossaryEntitiesAndMatchedNames() throws {
        let src = Alignment.Side(name: "en", language: .english, segments: [Segment(text: "Kasparov lost 3 games in 1997.", paragraph: 0)])
        let tgt = Alignment.Side(name: "ko", language: .korean, segments: [Segment(text: "카스파로프는 1997년 3경기를 졌다.", paragraph: 0)])
        let doc = ReviewDocument(Alignment(source: src, target: tgt, beads: [Bead(source: 0..<1, target: 0..<1, confidence: 0.9)]))
        let h = ReviewHighlighter(glossary: nil, source: .english, target: .korean).highlights(doc)
        #expect(h.source[0].map { "\($0.kind.rawValue):\($0.key)@\($0.start)" } == ["name:Kasparov@0", "number:3@14", "number:1997@25"])
        #expect(h.target[0].map { "\($0.kind.rawValue):\($0.key)@\($0.start)" } == ["name:Kasparov@0", "number:1997@7", "number:3@13"])
    }

    @Test func theReportEscapesEverythingTheTextsHold() {
        let hostile = "</script><script>alert(1)</script> & <b>bold</b> {{SCRIPT}}"
        let side = { (lang: LanguageCode) in Alignment.Side(name: "<i>name</i>", language: lang, segments: [Segment(text: hostile, paragraph: 0)]) }
        let html = ReviewPage.report(Alignment(source: side(.english), target: side(.korean), beads: [Bead(source: 0..<1, target: 0..<1, confidence: 1)]), glossary: nil)
        #expect(!html.contains("<script>alert(1)"))
        #expect(!html.contains("<b>bold"))
        #expect(!html.contains("<i>name"))
        #expect(html.contains(#"\u003c/script\u003e\u003cscript\u003ealert(1)"#))
        #expect(html.components(separatedBy: "</script>").count == 3) // the data element and the page's own script
    }

    @Test func scriptSafeJSONStillParsesToTheSameText() throws {
        let text = "a</script>b<!--c-->&\u{2028}"
        let safe = ReviewPage.scriptSafe(String(decoding: try JSONEncoder().encode([text]), as: UTF8.self))
        #expect(!safe.contains("<") && !safe.contains(">"))
        #expect(try JSONDecoder().decode([String].self, from: Data(safe.utf8)) == [text])
    }
}
