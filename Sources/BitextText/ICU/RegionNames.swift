import CICUShim

/// The names CLDR gives countries and areas in each language, through ICU: `CN` is China, 중국, Trung Quốc,
/// 中国; `150` is Europe, 유럽, châu Âu.
public enum RegionNames {
    /// Every ISO 3166 country code ICU knows.
    public static var countryCodes: [String] {
        var out: [String] = []
        var k: Int32 = 0
        while let code = bx_region_code(k) {
            out.append(String(cString: code))
            k += 1
        }
        return out
    }

    /// The areas news names besides countries (UN M.49 continents and subregions) and the unions CLDR
    /// names (`EU`, `UN`).
    public static let areaCodes = ["001", "002", "005", "009", "011", "013", "014", "015", "017", "018", "019", "021", "029",
                                   "030", "034", "035", "039", "053", "054", "057", "061", "142", "143", "145", "150", "151",
                                   "154", "155", "419", "EU", "UN"]

    /// Codes of organisations rather than places.
    public static let organisationCodes: Set<String> = ["EU", "UN"]

    /// The name of `region` in `language` (a BCP 47 tag), or nil when CLDR has none in that language.
    public static func name(of region: String, in language: String) -> String? {
        var capacity: Int32 = 64
        while true {
            var out = [UInt16](repeating: 0, count: Int(capacity))
            let n = out.withUnsafeMutableBufferPointer { bx_region_name(region, language, $0.baseAddress, capacity) }
            if n == Int32.min || n == 0 { return nil }
            if n > 0 { return String(decoding: out.prefix(Int(n)), as: UTF16.self) }
            capacity = -n
        }
    }
}
