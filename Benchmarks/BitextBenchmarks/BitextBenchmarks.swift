import Benchmark
import Bitext
import Foundation

/// The inner loops that the speed figures in the README depend on, each on real text from ../shared/bench
/// (or the seed article when the benchmarks are not beside the project).
let benchmarks: @Sendable () -> Void = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let park = root.deletingLastPathComponent().appendingPathComponent("shared/bench/park_news_koen")
    func lines(_ name: String, _ count: Int) -> [String] {
        let text = (try? String(contentsOf: park.appendingPathComponent(name), encoding: .utf8)) ?? ""
        return Array(text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }.prefix(count))
    }
    let en = lines("test.en", 2000), ko = lines("test.ko", 2000)
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident], maxDuration: .seconds(3))

    // The DP over 2,000 sentences a side (features built once, outside the timing).
    let features = PairFeatures.build(source: en, sourceLanguage: .english, target: ko, targetLanguage: .korean, glossary: nil)
    Benchmark("aligner DP, 2,000 x 2,000 news sentences") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(SentenceAligner().align(features)) }
    }

    // Anchor extraction and name matching for one news-length pair: what a batch pays per pair.
    let pairEn = Array(en.prefix(30)), pairKo = Array(ko.prefix(30))
    let tools = AlignmentTools(glossary: nil)
    Benchmark("features of one 30-sentence en-ko pair (anchors + names)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(PairFeatures.build(source: pairEn, sourceLanguage: .english, target: pairKo, targetLanguage: .korean, tools: tools))
        }
    }

    // The name matcher's comparison of two prepared names (the innermost loop of name anchors).
    if let matcher = try? NameMatcher() {
        let a = matcher.prepare("Shinjiro Koizumi", .english), b = matcher.prepare("고이즈미 신지로", .korean)
        let c = matcher.prepare("Lawrence Livermore", .english), d = matcher.prepare("로렌스 리버모어", .korean)
        Benchmark("name match, prepared pair") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(matcher.match(a, b))
                blackHole(matcher.match(c, d, atLeast: NameMatcher.threshold))
            }
        }
    }

    // ICU sentence segmentation of a news article's paragraphs.
    let paragraphs = stride(from: 0, to: en.count, by: 5).map { en[$0..<min(en.count, $0 + 5)].joined(separator: " ") }
    if let segmenter = try? SentenceSegmenter(language: .english) {
        Benchmark("ICU sentence segmentation, 400 paragraphs") { benchmark in
            for _ in benchmark.scaledIterations { for p in paragraphs { blackHole(segmenter.sentences(of: p)) } }
        }
    }

    // The translation memory's fuzzy score (edit distance over words with an early stop).
    let tokenizer = WordTokenizer()
    let first = en.first ?? "a b c"
    let query = FuzzyScore.Query(text: first, words: tokenizer.words(first, language: "en"), minimum: 70)
    let candidates = en.prefix(500).map { ($0, tokenizer.words($0, language: "en")) }
    Benchmark("memory fuzzy score, 500 candidates") { benchmark in
        for _ in benchmark.scaledIterations {
            for (text, words) in candidates { blackHole(query.percent(candidateText: text, candidateWords: words)) }
        }
    }
}
