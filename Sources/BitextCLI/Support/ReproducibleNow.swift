import ArgumentParser
import Bitext
import Foundation

/// The current time, or $SOURCE_DATE_EPOCH when set, so that outputs can be reproduced byte for byte.
func reproducibleNow() -> Date {
    if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = TimeInterval(epoch) {
        return Date(timeIntervalSince1970: seconds)
    }
    return Date()
}
