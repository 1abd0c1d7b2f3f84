import ArgumentParser
import Bitext

/// `--kind person|place|org|unit|ship|title|term|other`, whose values --help and completions list.
extension GlossaryEntry.Kind: ExpressibleByArgument {}
