import Foundation
import Testing
@testable import Bitext

@Suite struct InputReaderTests {
    static func bytes(_ fixture: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: Fixtures.root.appendingPathComponent("fixtures/input/" + fixture).path)))
    }

    static var loader: DocumentLoader {
        var loader = DocumentLoader()
        loader.readers = InputReaders.standard
        return loader
    }

    @Test func anArticlePageKeepsTheArticleAndDropsThePage() throws {
        let page = try Self.bytes("article.html")
        #expect(HTMLReader().recognizes(page, path: "page"))
        let read = try HTMLReader().read(page, path: "article.html")
        let paragraphs = read.text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }
        #expect(paragraphs.first == "South Korea and Japan agreed to resume joint maritime search-and-rescue drills for the first time in nine years, signaling a step toward restoring military cooperation as the two countries seek to expand personnel and unit-level exchanges.")
        #expect(paragraphs[1].hasPrefix("Speaking at the outset of the talks, Defense Minister Ahn Gyu-back said"))
        #expect(paragraphs.last == "Defense ministers inspect an honor guard at the JMSDF headquarters in Yokosuka.")
        #expect(paragraphs.count == 8)
        for furniture in ["Home", "Share on Facebook", "Related news", "Great article!", "All rights reserved", "By Staff Reporter", "dataLayer", "margin"] {
            #expect(!read.text.contains(furniture), "\(furniture)")
        }
        #expect(read.language == "en")
    }

    @Test func entitiesAndLatin1PagesDecode() throws {
        let utf8 = Array("<!DOCTYPE html><html><body><p>Caf&eacute; &amp; 3&nbsp;km &#x1F600;</p></body></html>".utf8)
        #expect(try HTMLReader().read(utf8, path: "a.html").text == "Café & 3\u{A0}km 😀\n".replacingOccurrences(of: "\u{A0}", with: " "))
        let latin1: [UInt8] = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf".utf8) + [0xE9] + Array("</p></body></html>".utf8)
        #expect(try HTMLReader().read(latin1, path: "b.html").text == "Café\n")
    }

    @Test func aWordDocumentGivesItsParagraphsWithoutDeletedText() throws {
        let docx = try Self.bytes("article.ko.docx")
        #expect(DOCXReader().recognizes(docx, path: "x.bin"))
        let read = try DOCXReader().read(docx, path: "article.ko.docx")
        let paragraphs = read.text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }
        #expect(paragraphs.count == 10)
        #expect(paragraphs[0] == "금요일 한국의 안규백 국방부 장관과 일본의 고이즈미 신조 방위상이 요코스카의 해상자위대 본부에서 의장대를 시찰했다.")
        #expect(!read.text.contains("삭제된 글"))
        #expect(read.language == "ko-KR")
    }

    @Test func aZipThatIsNoWordDocumentIsRefused() {
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 40)
        #expect(throws: BitextError.self) { try DOCXReader().read(zip, path: "bad.docx") }
        #expect(throws: BitextError.self) { try Self.loader.text(at: Fixtures.root.appendingPathComponent("fixtures/input/article.en-ko.xlf").path + ".missing") }
    }

    @Test func xliff12GivesSourcesAndTargetsWithTheirLanguages() throws {
        let read = try XLIFFReader().read(try Self.bytes("article.en-ko.xlf"), path: "a.xlf")
        #expect(read.language == "en" && read.translationLanguage == "ko")
        #expect(read.text.components(separatedBy: "\n\n").count == 7)
        #expect(read.translation?.components(separatedBy: "\n\n").count == 7)
    }

    @Test func xliff2InlineCodesKeepTextAndDropNativeData() throws {
        let xliff = """
            <?xml version="1.0"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="vi">
            <file id="f"><unit id="1"><originalData><data id="d1">&lt;b&gt;</data></originalData>
            <segment><source>Talks in <pc id="1">Hanoi</pc><ph id="2" dataRef="d1"/> ended<cp hex="0021"/></source>
            <target>Hội đàm tại <pc id="1">Hà Nội</pc> kết thúc!</target></segment>
            <segment><source>Next.</source></segment></unit></file></xliff>
            """
        let read = try XLIFFReader().read(Array(xliff.utf8), path: "a.xliff")
        #expect(read.text == "Talks in Hanoi ended! Next.\n")
        #expect(read.translation == "Hội đàm tại Hà Nội kết thúc!\n")
        #expect(read.language == "en" && read.translationLanguage == "vi")
    }

    @Test func anXLIFFDeclaringEntitiesIsRefused() {
        let xliff = """
            <?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <xliff version="1.2"><file source-language="en"><body><trans-unit id="1"><source>&x;</source></trans-unit></body></file></xliff>
            """
        #expect(throws: BitextError.self) { try XLIFFReader().read(Array(xliff.utf8), path: "evil.xlf") }
    }

    @Test func theLoaderReadsABilingualXLIFFAsTwoDocuments() throws {
        let path = Fixtures.root.appendingPathComponent("fixtures/input/article.en-ko.xlf").path
        let pair = try #require(try Self.loader.loadBilingual(path, source: nil, target: nil, presegmented: false))
        #expect(pair.0.language.tag == "en" && pair.1.language.tag == "ko")
        #expect(try Self.loader.loadBilingual(Fixtures.root.appendingPathComponent("fixtures/input/article.en.xliff").path,
                                              source: nil, target: nil, presegmented: false) == nil)
    }

    @Test func unitFilesReadBackAsBeads() throws {
        let tsv = "The talks ended.\t회담이 끝났다.\t0.950\t1-1\tok\tbody\nA line alone.\t\t0.000\t1-0\tok\tbody\n"
        let a = try #require(try TSVAlignment.read("x.tsv", text: tsv, source: try LanguageCode("en"), target: try LanguageCode("ko")))
        #expect(a.beads.map(\.shape) == ["1-1", "1-0"])
        #expect(a.beads[0].confidence == 0.95)
        #expect(try TSVAlignment.read("x.txt", text: tsv, source: nil, target: nil) == nil)
        let tmx = try #require(try TMXAlignment.read(Fixtures.root.appendingPathComponent("fixtures/tmx/duplicate_conflict.tmx").path, source: nil, target: nil))
        #expect(tmx.beads.count == 4 && tmx.source.language.tag == "en" && tmx.target.language.tag == "ko")
    }
}

@Suite struct XLIFFExportTests {
    static func alignment() throws -> Alignment {
        let s = ["Talks began.", "The \"two\" sides <agreed>.", "Only here."], t = ["회담이 시작됐다.", "양측이 합의했다.", "한쪽만."]
        return Alignment(source: .init(name: "/tmp/a/en.txt", language: try LanguageCode("en"), segments: s.enumerated().map { Segment(text: $1, paragraph: $0) }),
                         target: .init(name: "ko.txt", language: try LanguageCode("ko"), segments: t.enumerated().map { Segment(text: $1, paragraph: $0) }),
                         beads: [Bead(source: 0..<2, target: 0..<1, confidence: 0.91), Bead(source: 2..<3, target: 1..<1, confidence: 0.3),
                                 Bead(source: 3..<3, target: 1..<3, confidence: 0.2)])
    }

    @Test func xliff2HasAUnitPerBeadWithConfidenceAndShape() throws {
        let out = XLIFFExporter().export(try Self.alignment(), settings: ExportSettings(minConfidence: 0.5))
        #expect(out == """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ko">
              <file id="f1" original="en.txt">
                <unit id="u1">
                  <notes>
                    <note category="bitext-confidence">0.91</note>
                    <note category="bitext-shape">2-1</note>
                  </notes>
                  <segment state="translated">
                    <source>Talks began. The "two" sides &lt;agreed&gt;.</source>
                    <target>회담이 시작됐다.</target>
                  </segment>
                </unit>
                <unit id="u2">
                  <notes>
                    <note category="bitext-confidence">0.3</note>
                    <note category="bitext-shape">1-0</note>
                  </notes>
                  <segment state="initial">
                    <source>Only here.</source>
                  </segment>
                </unit>
              </file>
            </xliff>

            """)
    }

    @Test func bitextReadsItsOwnXLIFFBack() throws {
        for exporter in [XLIFFExporter(), XLIFFExporter(version: .v1_2)] {
            let out = exporter.export(try Self.alignment(), settings: ExportSettings())
            let read = try XLIFFReader().read(Array(out.utf8), path: "x.xlf")
            #expect(read.text == "Talks began. The \"two\" sides <agreed>.\n\nOnly here.\n")
            #expect(read.translation == "회담이 시작됐다.\n")
            #expect(read.language == "en" && read.translationLanguage == "ko")
        }
    }
}

@Suite struct XMLEntityExpansionTests {
    @Test func internalEntitiesExpandAndTheDoctypeGoes() throws {
        let xml = #"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY co "Samsung"><!ENTITY two "&co; &amp; &co;">]><x a="&co;">&two; <!-- &co; --></x>"#
        let out = String(decoding: try XMLEntityExpansion.expanded(Array(xml.utf8), name: "x.xml"), as: UTF8.self)
        #expect(out == #"<?xml version="1.0"?><x a="Samsung">Samsung &amp; Samsung <!-- &co; --></x>"#)
        let plain = "<x>&amp;</x>"
        #expect(try XMLEntityExpansion.expanded(Array(plain.utf8), name: "x.xml") == Array(plain.utf8))
    }

    @Test func aSelfReferenceOrAnExternalEntityIsRefused() {
        let external = #"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>"#
        #expect(throws: BitextError.self) { _ = try XMLEntityExpansion.expanded(Array(external.utf8), name: "x.xml") }
    }
}
