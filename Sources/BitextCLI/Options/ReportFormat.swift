import ArgumentParser
import Bitext
import Foundation

/// Output of the memory's reports: text for people, JSON lines for tools.
enum ReportFormat: String, ExpressibleByArgument {
    case text, json
}
