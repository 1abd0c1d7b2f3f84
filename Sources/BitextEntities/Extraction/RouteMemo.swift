import BitextText

/// What the pairing routes find of one name — its readings as a head and a rest, the regions it names, whether
/// it is a known name said of its country — found once: the routes ask for each name once for every name it is
/// compared with. An extractor's memo is forgotten past `limit` names (a memory of many articles).
final class RouteMemo {
    private var readings: [String: [ComposedName]] = [:]
    private var regions: [String: Set<String>] = [:]
    private var known: [String: Bool] = [:]
    static let limit = 100_000

    func readings(_ text: String, _ language: LanguageCode, _ make: () -> [ComposedName]) -> [ComposedName] {
        remembered(&readings, RouteMemo.key(text, language), make)
    }

    func regions(_ text: String, _ language: LanguageCode, _ make: () -> Set<String>) -> Set<String> {
        remembered(&regions, RouteMemo.key(text, language), make)
    }

    func knownWithItsCountry(_ text: String, _ language: LanguageCode, _ make: () -> Bool) -> Bool {
        remembered(&known, RouteMemo.key(text, language), make)
    }

    private func remembered<Value>(_ table: inout [String: Value], _ key: String, _ make: () -> Value) -> Value {
        if let value = table[key] { return value }
        if table.count >= RouteMemo.limit { table.removeAll(keepingCapacity: true) }
        let value = make()
        table[key] = value
        return value
    }

    private static func key(_ text: String, _ language: LanguageCode) -> String { language.tag + "\u{1}" + text }
}
