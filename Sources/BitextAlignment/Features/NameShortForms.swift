/// A person's family or given name alone (`Koizumi`, `고이즈미`) names the glossary's person only where the
/// article pair names them in full somewhere (`Shinjiro Koizumi`): in an article about Junichiro Koizumi,
/// every Koizumi would otherwise be tagged and checked as Shinjiro. The anchor extractor keys a short form's
/// match apart (`shortKey`); `resolve` makes it the entity's anchor where a full form was found on either
/// side, and drops it elsewhere.
public enum NameShortForms {
    static let marker = "\u{1}short"

    static func shortKey(_ id: String) -> String { id + marker }

    public static func resolve(_ source: inout [[AnchorKey]], _ target: inout [[AnchorKey]]) {
        var full = Set<String>()
        var anyShort = false
        for keys in source + target {
            for key in keys where key.kind == .entity {
                if key.value.hasSuffix(marker) { anyShort = true } else { full.insert(key.value) }
            }
        }
        guard anyShort else { return }
        func fix(_ sides: inout [[AnchorKey]]) {
            for k in sides.indices where sides[k].contains(where: { $0.kind == .entity && $0.value.hasSuffix(marker) }) {
                sides[k] = sides[k].compactMap { key in
                    guard key.kind == .entity, key.value.hasSuffix(marker) else { return key }
                    let id = String(key.value.dropLast(marker.count))
                    return full.contains(id) ? AnchorKey(kind: .entity, value: id) : nil
                }
            }
        }
        fix(&source)
        fix(&target)
    }
}
