// CheckMode: `probe --check DIR`, a corpus linter for CI — every diagnostic, exit 1 on errors.
import Commands
import Inspections
import Rendering
import Shell
#if canImport(Glibc)
import Glibc
#endif

enum CheckMode {
    static func run(path: String) -> Int32 {
        let report = CheckReport(CorpusLoader.load(paths: [path]))
        for line in report.lines { FileHandleStderr.write(line + "\n") }
        print(report.totals)
        return report.errors > 0 ? 1 : 0
    }
}

enum FileHandleStderr {
    static func write(_ s: String) { StandardStreamSink.standardError().write(s) }
}
