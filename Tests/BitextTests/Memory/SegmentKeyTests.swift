import Foundation
import Testing
@testable import BitextFormats
@testable import BitextMemory

@Suite struct SegmentKeyTests {
    @Test func whiteSpaceAndNormalFormAreFolded() {
        #expect(SegmentKey.normalize("  a \n\t b  ") == "a b")
        #expect(SegmentKey.normalize("a\u{00A0}b\u{3000}c") == "a b c")
        #expect(SegmentKey.normalize("Ha\u{300}") == "Hà")
        #expect(SegmentKey.normalize("") == "")
    }

    @Test func alreadyNormalTextIsRecognisedWithoutICU() {
        #expect(SegmentKey.isNormalized("Hà Nội đã tổ chức."))
        #expect(SegmentKey.isNormalized("안규백 장관은 말했다."))
        #expect(!SegmentKey.isNormalized("a  b"))
        #expect(!SegmentKey.isNormalized(" a"))
        #expect(!SegmentKey.isNormalized("a "))
        #expect(!SegmentKey.isNormalized("Ha\u{300}"))
        // A trailing jamo could compose with the syllable before it.
        #expect(!SegmentKey.isNormalized("가\u{11A8}"))
    }

    @Test func unitHashIgnoresVariantOrderAndLanguageCase() {
        #expect(SegmentKey.unitHash([("en", "a"), ("ko", "b")]) == SegmentKey.unitHash([("KO", "b"), ("en", "a")]))
        #expect(SegmentKey.unitHash([("en", "a"), ("ko", "b")]) != SegmentKey.unitHash([("en", "a"), ("ko", "c")]))
    }
}

@Suite struct MemoryJSONTests {
    @Test func writesWhatJSONDecoderReadsBack() throws {
        let props = [["x-note", "say \"hi\"\\ now\n\ttab \u{1}"], ["x-empty", ""]]
        #expect(try JSONDecoder().decode([[String]].self, from: Data(MemoryJSON.encode(props)!.utf8)) == props)
        #expect(MemoryJSON.encode(["b": "2", "a": "1"]) == "{\"a\":\"1\",\"b\":\"2\"}")
        #expect(MemoryJSON.encode([String]()) == nil)
        #expect(MemoryJSON.quote("\u{1}") == "\"\\u0001\"")
    }
}
