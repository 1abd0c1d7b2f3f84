import ArgumentParser
import Bitext

/// `--mode auto|parallel|comparable`, whose values --help and completions list.
extension AlignmentMode: ExpressibleByArgument {}
