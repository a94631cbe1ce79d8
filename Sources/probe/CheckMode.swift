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
        let result = CorpusLoader.load(paths: [path])
        let sorted = result.diagnostics.sorted { ($0.location, $0.severity, $0.message) < ($1.location, $1.severity, $1.message) }
        for d in sorted { FileHandleStderr.write(TerminalSafe.escape(d.rendered, keepNewlines: true) + "\n") }
        let errors = sorted.filter { $0.severity == .error }.count
        let warnings = sorted.filter { $0.severity == .warning }.count
        print("\(result.reports.count) write-ups loaded, \(result.skipped) skipped; \(errors) errors, \(warnings) warnings")
        return errors > 0 ? 1 : 0
    }
}

enum FileHandleStderr {
    static func write(_ s: String) { StandardStreamSink.standardError().write(s) }
}
