import ArgumentParser
import Bitext

extension BitextCommand {
    struct Languages: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "languages",
            abstract: "List the languages Bitext has a profile for, and what it can do with each.",
            discussion: "Any other language ICU knows aligns through the generic profile: ICU's sentence breaks, names in Latin letters.")

        @Argument(help: "Language codes to show (all shipped ones when none).") var codes: [String] = []

        func run() throws {
            try reportingErrors {
                let languages = codes.isEmpty ? LanguageProfiles.shipped.keys.sorted() : try codes.map { try LanguageCode($0).primary }
                for code in languages {
                    let profile = LanguageProfiles.shipped[code] ?? .generic(code)
                    let shipped = LanguageProfiles.shipped[code] != nil
                    print("\(code)\t\(shipped ? profile.name : "(generic profile)")")
                    for line in profile.capabilities { print("\t\(line)") }
                }
            }
        }
    }
}
