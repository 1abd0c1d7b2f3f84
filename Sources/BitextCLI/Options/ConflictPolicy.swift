import ArgumentParser
import Bitext
import Foundation

extension ConflictPolicy: ExpressibleByArgument {}
