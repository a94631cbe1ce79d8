// CheckMode: `probe --check DIR`, a corpus linter for CI — every diagnostic, exit 1 on errors.
import Commands
import Foundation
import Inspections
import Rendering
import Shell
#if canImport(Glibc)
import Glibc
#endif

enum CheckMode {
    static func run(path: String) -> Int32 {
        // Documents in the folder are recognised against the bundled providers, as `--corpus` does.
        var loader = CorpusLoader()
        loader.documentRegistry = CorpusLocation.bundledRegistry(environment: ProcessInfo.processInfo.environment)
        let report = CheckReport(loader.load(paths: [path]))
        for line in report.lines { FileHandleStderr.write(line + "\n") }
        print(report.totals)
        return report.errors > 0 ? 1 : 0
    }
}

enum FileHandleStderr {
    static func write(_ s: String) { StandardStreamSink.standardError().write(s) }
}
