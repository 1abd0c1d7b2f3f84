import BitextText

/// String similarity over name keys. Keys are lower-case ASCII (romanized, then coarsened), so they
/// are compared as bytes: the matcher runs these thousands of times for each document pair.
enum NameSimilarity {
    /// Similarity of two names as lists of token keys, given also as one joined key: of the whole, and
    /// when both have as many tokens, also of the worst-matching token (Nguyen Tan Dung is not Nguyen Tan Cuong).
    static func score(_ a: [[UInt8]], joined ja: [UInt8], _ b: [[UInt8]], joined jb: [UInt8]) -> Double {
        var x = NameKeys(), y = NameKeys()
        let sa = x.append(a), sb = y.append(b)
        precondition(ja == Array(x.bytes) && jb == Array(y.bytes), "a joined key is its tokens one after another")
        return x.withBuffers { bx in y.withBuffers { by in score(sa, in: bx, sb, in: by) } }
    }

    /// `score` of two keys of prepared names. With `above`, a pair whose score cannot exceed it may get
    /// 0 instead (it is then at most `above` either way): the matcher only asks which pair beats its best.
    static func score(_ a: NameKeys.Span, in x: NameKeys.Buffers, _ b: NameKeys.Span, in y: NameKeys.Buffers, above bar: Double = -1) -> Double {
        let ja = x.key(a), jb = y.key(b)
        // Keys of one or two letters ("He", a bare vowel) match only themselves.
        if ja.count < 3 || jb.count < 3 { return UTF8Scan.same(ja, jb) && !ja.isEmpty ? 1 : 0 }
        let whole = similarity(ja, jb, above: bar)
        guard a.tokens == b.tokens, a.tokens > 1 else { return whole }
        // The score is at most the whole's similarity, and at most the worst token's plus 0.1.
        if whole <= bar { return whole }
        var worst = 1.0
        for k in 0..<Int(a.tokens) {
            worst = min(worst, similarity(x.token(k, of: a), y.token(k, of: b), above: bar - 0.1 - 1e-9))
            if worst + 0.1 <= bar { return min(whole, worst + 0.1) }
        }
        return min(whole, worst + 0.1)
    }

    /// The highest `score` two names with joined keys of these lengths can reach: 1 when the lengths
    /// are equal; lower as they part (edit distance is at least their difference, Jaro matches at most the shorter).
    static func bound(_ la: Int, _ lb: Int) -> Double {
        // The matcher asks for every pair of readings and token orders: keys' lengths are small, and
        // the figure is read from a table rather than worked out with its five divisions.
        if la < boundTableSide && lb < boundTableSide { return boundTable[la * boundTableSide + lb] }
        return computedBound(la, lb)
    }

    private static let boundTableSide = 64
    private static let boundTable: [Double] = (0..<boundTableSide * boundTableSide).map {
        computedBound($0 / boundTableSide, $0 % boundTableSide)
    }

    /// `bound`, worked out.
    static func computedBound(_ la: Int, _ lb: Int) -> Double {
        if la == lb { return 1 }
        if la < 3 || lb < 3 { return 0 }
        let short = Double(min(la, lb)), long = Double(max(la, lb))
        let jaro = (short / Double(la) + short / Double(lb) + 1) / 3
        let winkler = jaro + 0.4 * (1 - jaro)
        return 0.5 * winkler + 0.5 * (1 - (long - short) / long) + 1e-9 // rounding never prunes a pair that scores
    }

    /// Mean of Jaro-Winkler and normalised edit-distance similarity.
    static func similarity(_ a: [UInt8], _ b: [UInt8]) -> Double {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { similarity(a, $0) } }
    }

    /// With `above`: 0 when the edit distance alone keeps the similarity at or below it (Jaro-Winkler, the
    /// dearer half, is at most 1), so that most pairs a matcher compares skip Jaro-Winkler.
    static func similarity(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, above bar: Double = -1) -> Double {
        if a.isEmpty || b.isEmpty { return 0 }
        if UTF8Scan.same(a, b) { return 1 }
        let edits = 0.5 * (1 - Double(levenshtein(a, b)) / Double(max(a.count, b.count)))
        if 0.5 + edits <= bar { return 0 }
        return 0.5 * jaroWinkler(a, b) + edits
    }

    static func levenshtein(_ a: [UInt8], _ b: [UInt8]) -> Int {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { levenshtein(a, $0) } }
    }

    static func levenshtein(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        // Keys are lower-case letters: five bits tell them apart, and a key fits a machine word.
        func lettersLike(_ x: UnsafeBufferPointer<UInt8>) -> Bool { x.allSatisfy { $0 >= 0x60 && $0 < 0x80 } }
        if a.count <= 64, lettersLike(a), lettersLike(b) { return bitParallelLevenshtein(a, b) }
        return tableLevenshtein(a, b)
    }

    /// Myers' bit-vector edit distance (in Hyyrö's form for whole strings): a column of the table is
    /// held as its +1/-1 steps in two words, and one text byte is a few word operations. For keys of
    /// bytes 0x60-0x7F, `a` at most 64 long.
    static func bitParallelLevenshtein(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 32) { peq in
            peq.initialize(repeating: 0)
            for (i, c) in a.enumerated() { peq[Int(c & 31)] |= UInt64(1) << UInt64(i) }
            let top = UInt64(1) << UInt64(a.count - 1)
            var pv = UInt64.max, mv: UInt64 = 0, distance = a.count
            for c in b {
                let eq = peq[Int(c & 31)]
                let xv = eq | mv
                let xh = (((eq & pv) &+ pv) ^ pv) | eq
                var ph = mv | ~(xh | pv)
                var mh = pv & xh
                if ph & top != 0 { distance += 1 } else if mh & top != 0 { distance -= 1 }
                ph = (ph << 1) | 1
                mh <<= 1
                pv = mh | ~(xv | ph)
                mv = ph & xv
            }
            return distance
        }
    }

    /// `jaroWinkler` for keys of at most 64 bytes, the matched flags of each side held in one word.
    static func wordJaroWinkler(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        var aMatched: UInt64 = 0, bMatched: UInt64 = 0
        let window = max(0, max(a.count, b.count) / 2 - 1)
        var matches = 0
        for i in 0..<a.count {
            let lo = max(0, i - window), hi = min(b.count - 1, i + window)
            guard lo <= hi else { continue }
            for j in lo...hi where bMatched & (1 << UInt64(j)) == 0 && a[i] == b[j] {
                aMatched |= 1 << UInt64(i); bMatched |= 1 << UInt64(j); matches += 1
                break
            }
        }
        if matches == 0 { return 0 }
        var transpositions = 0
        var rest = bMatched
        var flags = aMatched
        while flags != 0 {
            let i = flags.trailingZeroBitCount, k = rest.trailingZeroBitCount
            if a[i] != b[k] { transpositions += 1 }
            flags &= flags - 1
            rest &= rest - 1
        }
        let m = Double(matches)
        let jaro = (m / Double(a.count) + m / Double(b.count) + (m - Double(transpositions) / 2) / m) / 3
        var prefix = 0
        while prefix < min(4, a.count, b.count) && a[prefix] == b[prefix] { prefix += 1 }
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }

    /// The textbook dynamic program, two rows at a time.
    static func tableLevenshtein(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (b.count + 1)) { buffer in
            var previous = UnsafeMutableBufferPointer(rebasing: buffer[0...b.count])
            var current = UnsafeMutableBufferPointer(rebasing: buffer[(b.count + 1)...])
            for j in 0...b.count { previous[j] = j }
            for i in 1...a.count {
                current[0] = i
                let ai = a[i - 1]
                for j in 1...b.count {
                    current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ai == b[j - 1] ? 0 : 1))
                }
                swap(&previous, &current)
            }
            return previous[b.count]
        }
    }

    static func jaroWinkler(_ a: [UInt8], _ b: [UInt8]) -> Double {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { jaroWinkler(a, $0) } }
    }

    static func jaroWinkler(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        if a.isEmpty || b.isEmpty { return 0 }
        return a.count <= 64 && b.count <= 64 ? wordJaroWinkler(a, b) : arrayJaroWinkler(a, b)
    }

    /// `jaroWinkler` with an array of matched flags, for keys of any length.
    static func arrayJaroWinkler(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: a.count + b.count) { flags in
            flags.initialize(repeating: false)
            let aMatched = UnsafeMutableBufferPointer(rebasing: flags[0..<a.count])
            let bMatched = UnsafeMutableBufferPointer(rebasing: flags[a.count...])
            let window = max(0, max(a.count, b.count) / 2 - 1)
            var matches = 0
            for i in a.indices {
                let lo = max(0, i - window), hi = min(b.count - 1, i + window)
                guard lo <= hi else { continue }
                for j in lo...hi where !bMatched[j] && a[i] == b[j] {
                    aMatched[i] = true; bMatched[j] = true; matches += 1
                    break
                }
            }
            if matches == 0 { return 0 }
            var transpositions = 0, k = 0
            for i in a.indices where aMatched[i] {
                while !bMatched[k] { k += 1 }
                if a[i] != b[k] { transpositions += 1 }
                k += 1
            }
            let m = Double(matches)
            let jaro = (m / Double(a.count) + m / Double(b.count) + (m - Double(transpositions) / 2) / m) / 3
            var prefix = 0
            while prefix < min(4, a.count, b.count) && a[prefix] == b[prefix] { prefix += 1 }
            return jaro + Double(prefix) * 0.1 * (1 - jaro)
        }
    }
}
