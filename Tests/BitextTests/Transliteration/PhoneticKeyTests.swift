import Testing
@testable import Bitext

@Suite struct TransliterationTests {
    @Test(arguments: [("Koizumi", "KJM"), ("goijeumi", "KJM"), ("Yokosuka", "KSK"), ("yokoseuka", "KSK"),
                      ("Black", "PLK"), ("beullaeg", "PLK"), ("AhnGyuback", "NKPK"), ("angyubaeg", "NKPK"),
                      ("Yoshihiko", "SK"), ("Y-ô-si-hi-cô", "SK"), ("Nana", "NN")])
    func phoneticKeys(name: String, key: String) {
        #expect(PhoneticKey.key(name) == key)
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
