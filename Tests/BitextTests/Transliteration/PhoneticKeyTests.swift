import Testing
@testable import BitextText
@testable import BitextNames

@Suite struct TransliterationTests {
    @Test(arguments: [("Koizumi", "KJM"), ("goijeumi", "KJM"), ("Yokosuka", "KSK"), ("yokoseuka", "KSK"),
                      ("Black", "PLK"), ("beullaeg", "PLK"), ("AhnGyuback", "NKPK"), ("angyubaeg", "NKPK"),
                      ("Yoshihiko", "SK"), ("Y-ô-si-hi-cô", "SK"), ("Nana", "NN")])
    func phoneticKeys(name: String, key: String) {
        #expect(PhoneticKey.key(name) == key)
    }

    /// A key cut short at `limit` letters is the start of the whole key, on 20,000 random letter runs.
    @Test func keysCutShortAreTheStartOfTheWholeKey() {
        let letters = Array("abcdefghijklmnopqrstuvwxyz".utf8) + Array("aeiouhsnt".utf8)
        var rng = SplitMix(seed: 11)
        for _ in 0..<20_000 {
            let run = (0..<Int(rng.next() % 14)).map { _ in letters[Int(rng.next() % UInt64(letters.count))] }
            let whole = PhoneticKey.skeleton(run)
            for limit in 0...4 { #expect(PhoneticKey.skeleton(run, limit: limit) == String(whole.prefix(limit)), "\(run) \(limit)") }
        }
        #expect(PhoneticKey.skeleton(Array("nana".utf8), limit: 2) == "NN")
    }

    @Test func foldingRemovesDiacriticsAndCase() {
        #expect(LatinFolding.fold("Nguyễn Tân Cương, Đà Nẵng") == "nguyen tan cuong, da nang")
    }

    @Test func icuRomanizesHangul() throws {
        let t = try Transliterator("Hangul-Latin; Latin-ASCII")
        #expect(t.apply("요코스카") == "yokoseuka")
        #expect(Normalization.normalize("e\u{0302}\u{0301}") == "ế")
    }
}
