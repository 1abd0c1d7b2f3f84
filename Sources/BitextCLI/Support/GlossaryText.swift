import ArgumentParser
import Bitext
import Foundation

/// `lang=form` pairs from the command line.
func languageForm(_ text: String) throws -> (String, String) {
    guard let eq = text.firstIndex(of: "=") else { throw BitextError.invalidArgument("expected LANG=FORM, got '\(text)'") }
    let lang = try LanguageCode(String(text[..<eq])).tag
    let form = Normalization.normalize(String(text[text.index(after: eq)...]).trimmingCharacters(in: .whitespaces))
    guard !form.isEmpty, !form.contains("|"), !form.contains("\t") else { throw BitextError.invalidArgument("'\(text)': a form must be non-empty, without | or tab") }
    return (lang, form)
}

func describe(_ e: GlossaryEntry, languages: [String]) -> String {
    var lines = ["\(e.id) (\(e.kind.rawValue))"]
    for lang in languages { if let forms = e.forms[lang] { lines.append("  \(lang): \(forms.joined(separator: " | "))") } }
    if !e.note.isEmpty { lines.append("  note: \(e.note)") }
    if !e.source.isEmpty { lines.append("  source: \(e.source)") }
    return lines.joined(separator: "\n")
}
