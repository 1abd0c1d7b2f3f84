import Bitext
import Dispatch
import Foundation

/// On SIGINT, SIGTERM or SIGHUP: the temporary files of unfinished writes are removed, then the signal
/// is sent again to the process with its default action, so the exit status says what ended the program (130 for Ctrl-C).
enum InterruptCleanup {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    /// The handlers; the caller keeps them alive while the command runs.
    static func install() -> [any DispatchSourceSignal] {
        signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                TemporaryFiles.shared.removeAll()
                signal(number, SIG_DFL)
                kill(getpid(), number)
            }
            source.resume()
            return source
        }
    }
}
