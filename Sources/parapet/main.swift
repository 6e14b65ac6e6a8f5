import Foundation
import ParapetCLI

let code = await Parapet.run(Array(CommandLine.arguments.dropFirst()))
exit(code.rawValue)
