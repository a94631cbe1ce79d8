// LoadedCorpus: the reports, registry, diagnostics and search index that one `load` produced, replaced whole on reload.
import Foundation
import Inspections
import Rendering
import Search

public struct LoadedCorpus: Sendable {
    /// What was asked to be loaded, for `reload`.
    public var paths: [String]
    public var result: LoadResult
    /// The searchable index over the reports' text.
    public var search: SearchCorpus
    public var loadMilliseconds: Double
    public var indexMilliseconds: Double

    public var reports: [InspectionReport] { result.reports }
    public var registry: ProviderRegistry { result.registry ?? .empty }
    public var diagnostics: [LoadDiagnostic] { result.diagnostics }

    public static let empty = LoadedCorpus(paths: [], result: LoadResult(),
                                           search: SearchCorpus(reports: []), loadMilliseconds: 0, indexMilliseconds: 0)

    /// Loads files and folders and builds the index; never throws for bad files (they become diagnostics).
    public static func load(paths: [String], isCancelled: @Sendable () -> Bool = { false }) -> LoadedCorpus {
        let t0 = DispatchTime.now().uptimeNanoseconds
        let result = CorpusLoader.load(paths: paths)
        let t1 = DispatchTime.now().uptimeNanoseconds
        let search = SearchCorpus(reports: result.reports, registry: result.registry ?? .empty)
        let t2 = DispatchTime.now().uptimeNanoseconds
        return LoadedCorpus(paths: paths, result: result, search: search,
                            loadMilliseconds: Double(t1 - t0) / 1e6, indexMilliseconds: Double(t2 - t1) / 1e6)
    }

    /// "119 write-ups (21 CRC, 16 NPS, ...) · 3,412 findings" and the skipped/warnings counts.
    public var summary: String {
        var byType: [ProviderType: Int] = [:]
        for r in reports { byType[r.type, default: 0] += 1 }
        let parts = ProviderType.allCases.compactMap { t in byType[t].map { "\($0) \(t.rawValue)" } }
        let findings = reports.reduce(0) { $0 + $1.findings.count }
        var s = "loaded \(reports.count) write-up\(reports.count == 1 ? "" : "s")"
        if !parts.isEmpty { s += " (" + parts.joined(separator: ", ") + ")" }
        s += " · " + formatGrouped(findings) + " findings"
        let skipped = result.skipped, warnings = result.warnings
        if skipped > 0 || warnings > 0 {
            s += " · \(skipped) skipped, \(warnings) warning\(warnings == 1 ? "" : "s") (check lists them)"
        }
        return s
    }
}
