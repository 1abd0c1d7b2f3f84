import Testing
@testable import BitextText

@Suite struct TextDecoderTests {
    let decoder = TextDecoder()

    @Test func reportsByteOffsetOfInvalidUTF8() {
        let bytes: [UInt8] = Array("Hello ".utf8) + [0xFF] + Array(" world".utf8)
        #expect(throws: BitextError.invalidUTF8("f.txt", byteOffset: 6)) { try decoder.decode(bytes, name: "f.txt") }
    }

    @Test func rejectsTruncatedSequenceAtEnd() {
        let bytes: [UInt8] = Array("안녕".utf8) + [0xEC, 0x95]
        #expect(throws: BitextError.invalidUTF8("f", byteOffset: 6)) { try decoder.decode(bytes, name: "f") }
    }

    @Test func rejectsOverlongAndSurrogateEncodings() {
        #expect(TextDecoder.firstInvalidUTF8([0x41, 0xC0, 0x80]) == 1)
        #expect(TextDecoder.firstInvalidUTF8([0xED, 0xA0, 0x80]) == 0)
        #expect(TextDecoder.firstInvalidUTF8(Array("Nguyễn 안규백".utf8)) == nil)
    }

    @Test func rejectsBinaryAndEmpty() {
        #expect(throws: BitextError.binaryInput("b", byteOffset: 3)) { try decoder.decode([0x61, 0x62, 0x63, 0, 1, 2], name: "b") }
        #expect(throws: BitextError.emptyInput("e")) { try decoder.decode([], name: "e") }
        #expect(throws: BitextError.emptyInput("w")) { try decoder.decode(Array(" \n\n\t".utf8), name: "w") }
    }

    @Test func stripsBOMUnifiesLineEndingsAndComposesNFC() throws {
        // "Việt" written decomposed (e + combining circumflex + combining dot below), CRLF and CR line ends.
        let nfd = "Vie\u{0323}\u{0302}t\r\nNam\rHa\u{0300}"
        let text = try decoder.decode([0xEF, 0xBB, 0xBF] + Array(nfd.utf8), name: "v")
        #expect(text == "Việt\nNam\nHà")
        #expect(text.unicodeScalars.count == 11)
    }

    @Test func decodesUTF16WithBOM() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for u in "한국 ok".utf16 { bytes += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        #expect(try decoder.decode(bytes, name: "u") == "한국 ok")
    }

    @Test func refusesInputOverTheLimit() {
        let small = TextDecoder(maxBytes: 4)
        #expect(throws: BitextError.inputTooLarge("big", bytes: 5, limit: 4)) { try small.decode(Array("hello".utf8), name: "big") }
    }
}
