import ArgumentParser
import Bitext
import Foundation

/// The one place a failure becomes a line on standard error and an exit status: 1 for bad input or a failed
/// write, 4 for texts that are not the same story. ArgumentParser's own errors and exit codes pass through.
enum ErrorReporter {
    /// The error to end the command with, after writing its line. `doing` names what failed for errors
    /// Bitext does not describe itself (`cannot serve the review`).
    static func exit(for error: Error, doing: String? = nil) -> Error {
        switch error {
        case is ExitCode, is ValidationError, is CleanExit:
            return error
        case let error as BitextError:
            write(CommandLineHints.message(error))
            return ExitCode(1)
        case let error as ICUError:
            write(error.description)
            return ExitCode(1)
        case let error as UnrelatedTexts:
            write(error.description)
            return ExitCode(UnrelatedTexts.exitStatus)
        default:
            write((doing.map { $0 + ": " } ?? "") + "\(error)")
            return ExitCode(1)
        }
    }

    static func write(_ message: String) {
        // Interrupted: the failure is the removal of the temporary file, and the signal is about to end
        // the program; it says nothing that would mislead.
        while TemporaryFiles.shared.wasInterrupted { pause() }
        FileHandle.standardError.write(Data("bitext: error: \(message)\n".utf8))
    }
}

/// Runs a command body, reporting its failure as `ErrorReporter` does.
func reportingErrors(doing: String? = nil, _ body: () throws -> Void) throws {
    do { try body() } catch { throw ErrorReporter.exit(for: error, doing: doing) }
}

/// `reportingErrors` for an asynchronous body (batch, the review server).
func reportingErrors(doing: String? = nil, _ body: () async throws -> Void) async throws {
    do { try await body() } catch { throw ErrorReporter.exit(for: error, doing: doing) }
}
