import BitextText
import BitextNames

/// Finds the phrases of a sentence that may be names, as a reader of its language would: in Latin script,
/// runs of capitalised words joined by the connectors of the language (`Ministry of National Defense`),
/// without the title before them (`Rear Adm.`, `Đại tướng`) and with the prefix that belongs to them
/// (`ROKS`, `đường`); in Hangul, words and pairs of words without their particles (`김도현은` → `김도현`),
/// a title after them telling a person (`김도현 준장`), an ending telling a ship or a province (`김천함`,
/// `술라웨시주`); in Han and kana, runs of those characters. What the words around say is the candidate's kind.
public struct NameCandidateFinder: Sendable {
    public let language: LanguageCode
    let cues: NameCues
    let script: WritingKind
    /// How many lower-case words may join two capitalised ones after a head word (`Bộ Quốc phòng Hàn Quốc`).
    let bridge: Int
    /// The language's function words, which join no name but as its connectors.
    let stopWords: Set<String>
    /// The one-word heads of `HeadTranslations` in this language, lower-cased (`trung`, `central`, `센터`), with
    /// their kind (the first concept's, where several share a form).
    let oneWordHeads: [String: String]
    /// Every head of `HeadTranslations` in this language, lower-cased (`armed forces`, `foreign ministry`).
    let translatedHeads: Set<String>

    enum WritingKind { case latin, hangul, unspaced }

    public init(language: LanguageCode) {
        self.language = language
        let profile = language.profile
        cues = profile.nameCues
        script = profile.scripts.contains(.hangul) ? .hangul : profile.wordSeparator.isEmpty ? .unspaced : .latin
        // Vietnamese writes organisation names with only their first word and proper names capitalised.
        bridge = profile.hasMarkerLetters ? 3 : 0
        stopWords = profile.stopWords
        let heads = HeadTranslations.standard.heads(of: language)
        oneWordHeads = heads.filter { $0.words.count == 1 }.reduce(into: [:]) { $0[$1.form.lowercased()] = $0[$1.form.lowercased()] ?? $1.kind }
        translatedHeads = Set(heads.map { $0.form.lowercased() })
    }

    public func candidates(in sentence: String) -> [NameCandidate] {
        switch script {
        case .latin: latinCandidates(sentence)
        case .hangul: hangulCandidates(sentence)
        case .unspaced: unspacedCandidates(sentence)
        }
    }

    // MARK: Latin script

    /// A token as a word of a name: without punctuation at its ends or a possessive, and whether the name
    /// ends after it (a comma, a stop, a possessive).
    static func word(_ token: Substring) -> (text: String, endsName: Bool) {
        var text = String(token)
        var ends = false
        if let last = text.last, NameMentions.endsName(last) { ends = true }
        for possessive in ["’s", "'s", "’", "'"] where text.hasSuffix(possessive) && text.count > possessive.count + 1 {
            text.removeLast(possessive.count)
            ends = true
            break
        }
        // An abbreviation keeps its inner stops (U.S., Gen.): only a final stop after one letter is kept.
        let trimmed = NameSpans.trimmingPunctuation(text)
        if text.hasSuffix("."), trimmed.contains(".") || trimmed.count == 1 || (trimmed.count <= 4 && trimmed.first?.isUppercase == true && isAbbreviation(trimmed)) {
            return (trimmed + ".", ends && !text.hasSuffix("."))
        }
        return (trimmed, ends)
    }

    /// `U.S`, `Lt`, `Adm`: short words that abbreviations are.
    static func isAbbreviation(_ t: String) -> Bool {
        t.contains(".") || ["Lt", "Gen", "Adm", "Col", "Maj", "Capt", "Sgt", "Dr", "Mr", "Mrs", "Ms", "Prof", "Rep", "Sen", "St", "Jr", "No", "Co", "Corp", "Inc"].contains(t)
    }

    /// Capitalised (or an acronym, or a designation like `HQ-18`), of letters, digits, hyphens, stops.
    static func isNameWord(_ w: String) -> Bool {
        guard let first = w.first, first.isUppercase, first.isLetter else { return false }
        guard w.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "’" || $0 == "'" }) else { return false }
        return w.count >= 2
    }

    static func isNumber(_ w: String) -> Bool { !w.isEmpty && w.allSatisfy(\.isNumber) }

    /// The cue among `cues` whose words open `tokens` at `i`, and how many tokens it takes.
    static func cue(_ cues: [NameCues.Cue], _ words: [String], at i: Int) -> (NameCues.Cue, Int)? {
        for c in cues where i + c.words.count <= words.count {
            if zip(c.words, words[i..<(i + c.words.count)]).allSatisfy({ $0 == $1 }) { return (c, c.words.count) }
        }
        return nil
    }

    func latinCandidates(_ sentence: String) -> [NameCandidate] {
        let tokens = WhitespaceSplit.words(sentence)
        let words = tokens.map { NameCandidateFinder.word($0) }
        let texts = words.map(\.text)
        var out: [NameCandidate] = []
        var kind: String?
        var prefix: [String] = []
        var i = 0
        while i < texts.count {
            if let (c, n) = NameCandidateFinder.cue(cues.titlesBefore, texts, at: i) ?? NameCandidateFinder.cue(cues.classifiers, texts, at: i),
               i + n < texts.count, NameCandidateFinder.isNameWord(texts[i + n]) || cues.prefixes.contains(where: { $0.words.first == texts[i + n] }) {
                kind = c.kind
                prefix = []
                i += n
                continue
            }
            if let (c, n) = NameCandidateFinder.cue(cues.prefixes, texts, at: i), i + n < texts.count, NameCandidateFinder.isNameWord(texts[i + n]) {
                kind = c.kind
                prefix = Array(texts[i..<(i + n)])
                i += n
                continue
            }
            var run: [String] = []
            var j = i
            var lowerStreak: [String] = []
            // A head of several words (`Liên minh`, `Cơ quan`) opens the run whole, its lower-case words too.
            var headLed = false, openingHead = 0
            var openedWith: String?
            if let (_, n) = NameCandidateFinder.cue(cues.multiWordHeads, texts, at: i), !words[i..<(i + n - 1)].contains(where: \.endsName) {
                run = Array(texts[i..<(i + n)])
                j = i + n
                headLed = true
                openingHead = n
            }
            while j < texts.count {
                let w = texts[j]
                // A parenthesis opens an aside (`Indonesia (AP)`, `agency (BNPB)`), not more of the name.
                if !run.isEmpty, let open = tokens[j].first, "([{".contains(open) { break }
                // A title opens the next name (`South Korean Defense Minister Jang`), unless the word heads this one.
                if !run.isEmpty, NameCandidateFinder.cue(cues.titlesBefore, texts, at: j) != nil, cues.heads[w] == nil { break }
                if NameCandidateFinder.isNameWord(w) {
                    run += lowerStreak
                    lowerStreak = []
                    run.append(w)
                    j += 1
                    if words[j - 1].endsName { break }
                    continue
                }
                if !run.isEmpty, NameCandidateFinder.isNumber(w), let last = run.last, cues.heads[last] != nil || headLed {
                    // The lower-case words before the number are the name's (`Bệnh viện Quân y 175`).
                    run += lowerStreak
                    lowerStreak = []
                    run.append(w)
                    j += 1
                    if words[j - 1].endsName { break }
                    continue
                }
                headLed = headLed || run.first.map { cues.heads[$0] != nil } ?? false
                // A function word (`cho` of `cho biết`, "said") is never a word of the name it follows.
                if !run.isEmpty, !words[j].endsName, w.first?.isLowercase == true,
                   cues.connectors.contains(w) || (headLed && lowerStreak.count < bridge && !stopWords.contains(w)) {
                    lowerStreak.append(w)
                    j += 1
                    continue
                }
                break
            }
            // Lower-case words after the last capitalised one are not the name's.
            j -= lowerStreak.count
            // A head of several words that opened the run is the name's (`Trung tâm AHA`), whatever its first word.
            while openingHead == 0, let first = run.first, cues.notNames.contains(first) || cues.connectors.contains(first)
                    || (run.count > 1 && NameCandidateFinder.cue(cues.titlesBefore, run, at: 0) != nil) {
                if let (c, n) = NameCandidateFinder.cue(cues.titlesBefore, run, at: 0) {
                    kind = c.kind
                    run.removeFirst(n)
                } else {
                    let dropped = run.removeFirst()
                    // A head word the run opens with (`Trung` of `Trung Sulawesi`, `Central`) gives the name
                    // with it as a candidate too.
                    if oneWordHeads[dropped.lowercased()] != nil, !run.isEmpty { openedWith = dropped }
                    // A word that opens no name elsewhere (`European`) is the name's own before a head that
                    // would be left alone (`European Union`); a function word (`The`) never is.
                    if isHeadOfSomeName(run), !stopWords.contains(dropped.lowercased()), !cues.connectors.contains(dropped) {
                        run.insert(dropped, at: 0)
                        break
                    }
                }
            }
            if run.isEmpty {
                i = max(j, i + 1)
                kind = nil
                prefix = []
                continue
            }
            while let last = run.last, cues.notNames.contains(last) || cues.connectors.contains(last) { run.removeLast() }
            let place = contextKind(words: texts, before: i)
            let parts = NameCandidateFinder.parts(run)
            // A head alone (`Chính phủ`, `Ministry`) is a common noun, not a name.
            for part in parts where !part.isEmpty && !NameCandidateFinder.isDesignation(part) && !isHeadAlone(part) {
                // A place's or a class's head word is translated (Airport, Street, class): compared without it.
                var coreWords = part
                while coreWords.count > 1, let last = coreWords.last, let k = cues.heads[last], k == "place" || k == "ship" { coreWords.removeLast() }
                let headKind = part.lazy.compactMap { cues.heads[$0] }.last
                    ?? NameCandidateFinder.cue(cues.multiWordHeads, part, at: 0)?.0.kind
                let form = (part.first == run.first ? prefix + part : part).joined(separator: " ")
                var c = NameCandidate(form: form, core: coreWords.joined(separator: " "),
                                      kind: (part.first == run.first ? kind : nil) ?? headKind ?? acronymKind(part.joined()))
                c.placeContext = place != nil && run.starts(with: part)
                // A name often ends a run that a description opens (`Minister … Rina Kusumawati`): the run's
                // tail is a name in its own right, its other pieces are not.
                c.partial = part.count < run.count && part.last != run.last
                out.append(c)
            }
            if let head = openedWith, !isHeadAlone(run) {
                out.append(NameCandidate(form: ([head] + run).joined(separator: " "), core: run.joined(separator: " "), kind: kind ?? "place"))
            }
            i = j
            kind = nil
            prefix = []
        }
        return out
    }

    func isHeadAlone(_ part: [String]) -> Bool {
        (part.count == 1 && cues.heads[part[0]] != nil) || cues.multiWordHeads.contains { $0.words == part }
    }

    /// A head alone, or a head of `HeadTranslations` (`Armed Forces`, `Foreign Ministry`): what a country's
    /// adjective before it belongs to (`Malaysian Armed Forces`).
    func isHeadOfSomeName(_ part: [String]) -> Bool {
        isHeadAlone(part) || translatedHeads.contains(part.joined(separator: " ").lowercased())
    }

    /// The run, then the pieces a reader might take for the name: where an acronym meets a written-out word
    /// (`NADMA Aminah Yusof`), and the run without its first or last words (`Hàn Quốc Jang Tae Hoon`, a
    /// country and a person the Vietnamese text puts side by side). The pairing across languages picks the
    /// piece that has a counterpart.
    static func parts(_ run: [String]) -> [[String]] {
        func acronym(_ w: String) -> Bool { w.count >= 2 && !w.contains(".") && w.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "-" } }
        var pieces: [[String]] = [[]]
        for w in run {
            if let last = pieces[pieces.count - 1].last, acronym(last) != acronym(w) { pieces.append([]) }
            pieces[pieces.count - 1].append(w)
        }
        var out = [run]
        for piece in pieces.count > 1 ? pieces : [] where !out.contains(piece) { out.append(piece) }
        for k in run.count > 1 ? 1..<run.count : 1..<1 {
            for piece in [Array(run[k...]), Array(run[..<(run.count - k)])] where !out.contains(piece) { out.append(piece) }
        }
        return out
    }

    /// A model or a number (`C-130J`, `FA-50`, `2026`): letters and digits with no head word. A unit or a
    /// ship with a number (`Military Region 2`, `HQ-18` after `tàu`) comes with its head or classifier.
    static func isDesignation(_ part: [String]) -> Bool {
        part.count == 1 && part[0].contains(where: \.isNumber)
    }

    /// An acronym of three letters or more names an organisation more often than not.
    func acronymKind(_ core: String) -> String? {
        core.count >= 3 && core.count <= 8 && core.allSatisfy { $0.isUppercase || $0 == "." } ? "org" : nil
    }

    /// A preposition of place right before the name (`in`, `tại`) says a place, weakly.
    func contextKind(words: [String], before i: Int) -> String? {
        guard i > 0 else { return nil }
        return ["in", "at", "near", "from", "tại", "ở"].contains(words[i - 1]) ? "place" : nil
    }

    // MARK: Hangul

    /// A name does not run into or out of parentheses (`유럽연합(EU)과`: 유럽연합, then EU): each stretch between
    /// them is read on its own.
    func hangulCandidates(_ sentence: String) -> [NameCandidate] {
        guard sentence.contains(where: { "()[]".contains($0) }) else { return hangulCandidates(stretch: sentence) }
        return sentence.split(whereSeparator: { "()[]".contains($0) }).flatMap { hangulCandidates(stretch: String($0)) }
    }

    func hangulCandidates(stretch sentence: String) -> [NameCandidate] {
        let tokens = WhitespaceSplit.words(sentence)
        let trimmed = tokens.map { NameSpans.trimmingPunctuation(String($0)) }
        let stripped = trimmed.map(NameSpans.stripParticle)
        // A name does not continue past a particle or punctuation.
        let closed = tokens.indices.map { stripped[$0] != trimmed[$0] || trimmed[$0] != String(tokens[$0]) }
        func nameLike(_ w: String) -> Bool {
            w.count >= 2 && !(w.first?.isNumber ?? true) && w.unicodeScalars.contains { HangulRomanizer.isSyllable($0) || $0.properties.isAlphabetic }
                && !w.allSatisfy { $0.isNumber || $0.isPunctuation }
        }
        func title(after k: Int) -> String? {
            guard k < stripped.count else { return nil }
            return cues.titlesAfter.first { $0.words.count == 1 && $0.words[0] == stripped[k] }?.kind
        }
        var out: [NameCandidate] = []
        func isTitle(_ k: Int) -> Bool { cues.titlesAfter.contains { $0.words == [stripped[k]] } }
        for i in stripped.indices where nameLike(stripped[i]) && !isTitle(i) {
            // Spans of one to three words that no particle or punctuation breaks; a span that the next
            // word would continue is partial (`무티아라` of `무티아라 SIS 알주프리 공항`).
            var end = i
            while true {
                let continues = !closed[end] && end + 1 < stripped.count && nameLike(stripped[end + 1]) && !isTitle(end + 1)
                let words = stripped[i...end].joined(separator: " ")
                // A span does not open or close on an acronym next to Hangul words (`아미나 유소프 NADMA 청장`:
                // a person and an agency side by side).
                if end > i, NameCandidateFinder.isLatinAcronym(stripped[i]) || NameCandidateFinder.isLatinAcronym(stripped[end]) {
                    guard continues, end - i < 3 else { break }
                    end += 1
                    continue
                }
                out += hangulCandidates(words, kind: title(after: end + 1)).map { var c = $0; c.partial = continues; return c }
                // A name may end in a syllable that is also a particle (도민카이, 오바마가 is rarer): the
                // word as written is a candidate too, unless the particle is one no name ends in (의, 는, 를).
                if stripped[end] != trimmed[end], trimmed[end].count - stripped[end].count == 1,
                   let particle = trimmed[end].last, !NameCandidateFinder.neverNameFinal.contains(particle) {
                    let written = (stripped[i..<end] + [trimmed[end]]).joined(separator: " ")
                    out += hangulCandidates(written, kind: title(after: end + 1)).map { var c = $0; c.partial = continues; return c }
                }
                guard continues, end - i < 3 else { break }
                end += 1
            }
        }
        // A number or a Latin acronym before a head word is a name of its own (`175 군병원`, `AHA 센터`).
        for k in stripped.indices.dropFirst() where !closed[k - 1] {
            guard let kind = oneWordHeads[stripped[k].lowercased()] else { continue }
            let before = stripped[k - 1]
            guard NameCandidateFinder.isNumber(before) || NameCandidateFinder.isLatinAcronym(before) else { continue }
            out.append(NameCandidate(form: before + " " + stripped[k], kind: kind))
        }
        return out
    }

    /// Particles that end no transliterated or Korean name: a word ending in one is read without it only.
    static let neverNameFinal: Set<Character> = ["의", "는", "를"]

    static func isLatinAcronym(_ w: String) -> Bool {
        w.count >= 2 && w.allSatisfy { ($0.isASCII && $0.isUppercase) || $0.isNumber || $0 == "-" }
    }

    /// A Hangul phrase: its ending (`함`, `청`, or a word `거리`) telling its kind and left out of the core
    /// compared; with a classifier ending (`섬`, `주`) a second candidate without it (`술라웨시섬` → `술라웨시`).
    func hangulCandidates(_ form: String, kind: String?) -> [NameCandidate] {
        let words = form.split(separator: " ")
        if words.count >= 2, let s = cues.suffixes.first(where: { $0.words == [String(words[words.count - 1])] }) {
            return [NameCandidate(form: form, core: words.dropLast().joined(separator: " "), kind: kind ?? s.kind)]
        }
        for s in cues.suffixes where s.words.count == 1 && form.hasSuffix(s.words[0]) && form.count >= s.words[0].count + 2 {
            return [NameCandidate(form: form, core: String(form.dropLast(s.words[0].count)), kind: kind ?? s.kind)]
        }
        var out = [NameCandidate(form: form, kind: kind)]
        for c in cues.classifiers where c.words.count == 1 && form.hasSuffix(c.words[0]) && form.count >= c.words[0].count + 2 {
            out.append(NameCandidate(form: String(form.dropLast(c.words[0].count)), kind: kind ?? c.kind))
            break
        }
        return out
    }

    // MARK: Han and kana

    /// Runs of Han and katakana, without a classifier that opens one (`州都`) or a title that closes one (`防衛相`,
    /// telling a person), as the language's cues say.
    func unspacedCandidates(_ sentence: String) -> [NameCandidate] {
        var out: [NameCandidate] = []
        var run = ""
        func flush() {
            var name = Substring(run), kind: String?
            if let c = cues.classifiers.first(where: { $0.words.count == 1 && name.hasPrefix($0.words[0]) && name.count >= $0.words[0].count + 2 }) {
                name = name.dropFirst(c.words[0].count)
                kind = c.kind
            }
            if let t = cues.titlesAfter.first(where: { $0.words.count == 1 && name.hasSuffix($0.words[0]) && name.count >= $0.words[0].count + 2 }) {
                name = name.dropLast(t.words[0].count)
                kind = t.kind
            }
            if name.count >= 2 && name.count <= 8 { out.append(NameCandidate(form: String(name), kind: kind)) }
            run = ""
        }
        for c in sentence {
            let s = c.unicodeScalars.first!
            let katakana = (0x30A0...0x30FF).contains(s.value)
            if katakana || HanNameReader.isHan(s) { run.append(c) } else { flush() }
        }
        flush()
        return out
    }
}
