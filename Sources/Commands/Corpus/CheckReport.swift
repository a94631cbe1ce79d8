// CheckReport: what `check` and `probe --check` say about a load — every diagnostic, then one line of totals.
import Inspections
import Rendering

/// Diagnostics as compiler-style lines and a totals line (or a table in the data formats), the same for the
/// `check` command and for `probe --check DIR`, which writes the lines to standard error and the totals to
/// standard output.
public struct CheckReport: Renderable {
    public let diagnostics: [LoadDiagnostic]
    public let loaded: Int
    public let skipped: Int

    public init(_ result: LoadResult) {
        diagnostics = result.diagnostics.sorted { ($0.location, $0.severity, $0.message) < ($1.location, $1.severity, $1.message) }
        loaded = result.reports.count
        skipped = result.skipped
    }

    public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// Each diagnostic as `FILE:LINE:COL: severity: message` and its hint, control characters escaped.
    public var lines: [String] { diagnostics.map { TerminalSafe.escape($0.rendered, keepNewlines: true) } }

    /// "119 write-ups loaded, 0 skipped; 0 errors, 3 warnings".
    public var totals: String {
        func n(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
        return n(loaded, "write-up") + " loaded, \(skipped) skipped; " + n(errors, "error") + ", " + n(warnings, "warning")
    }

    public func render(in context: RenderContext) -> String {
        guard context.format == .table else {
            return DataTable(columns: ["file", "line", "column", "severity", "message", "hint"].map { Column($0) },
                             rows: diagnostics.map { [.text($0.location.file), .int($0.location.line), .int($0.location.column),
                                                      .text($0.severity.rawValue), .text($0.message), .text($0.hint ?? "")] })
                .render(in: context)
        }
        // A diagnostic stays one line, as compilers write them, for editors and grep; the totals wrap at the width.
        return (lines + ProseFit.wrap(totals, width: context.width)).joined(separator: "\n") + "\n"
    }
}
