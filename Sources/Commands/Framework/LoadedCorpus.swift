// LoadedCorpus: the reports, registry, diagnostics and search index that one `load` produced, replaced whole on reload.
import Foundation
import Inspections
import Rendering
import PhraseIndex
import Search

public struct LoadedCorpus: Sendable {
    /// What was asked to be loaded, for `reload`.
    public var paths: [String]
    public var result: LoadResult
    /// The searchable index over the reports' text.
    public var search: SearchCorpus
    public var loadMilliseconds: Double
    public var indexMilliseconds: Double
    /// Whether the index was mapped from a snapshot, built, or built without one.
    public var snapshot: CorpusSnapshot.Use = .off
    /// Why a snapshot was not used or not saved (one line), when there is something to say.
    public var snapshotWarning: LoadDiagnostic?

    public var reports: [InspectionReport] { result.reports }
    /// The providers names resolve in: providers.yaml's, plus any provider a loaded write-up names that it does
    /// not list (all of them in a folder without providers.yaml).
    public var registry: ProviderRegistry { search.registry }
    public var diagnostics: [LoadDiagnostic] { result.diagnostics }

    public static let empty = LoadedCorpus(paths: [], result: LoadResult(),
                                           search: SearchCorpus(reports: []), loadMilliseconds: 0, indexMilliseconds: 0)

    /// What a load reports while it runs: files read (and documents extracted) so far, then how much of the
    /// text is indexed, then that it is over (a progress bar clears itself).
    public enum Progress: Sendable {
        case reading(LoadProgress)
        case indexing(bytesDone: Int, bytesTotal: Int)
        case done
    }

    /// Loads files and folders and builds the index; never throws for bad files (they become diagnostics).
    /// When `isCancelled` turns true, reading stops and no index is built: `result.cancelled` says so.
    /// With a `snapshotDirectory`, the index is mapped from the snapshot there when it is valid for the files
    /// read, and otherwise built and saved there (`CorpusSnapshot`).
    public static func load(paths: [String], isCancelled: @escaping @Sendable () -> Bool = { false },
                            progress: (@Sendable (Progress) -> Void)? = nil,
                            documentRegistry: (@Sendable () -> ProviderRegistry?)? = nil,
                            snapshotDirectory: String? = nil) -> LoadedCorpus {
        defer { progress?(.done) }
        let t0 = DispatchTime.now().uptimeNanoseconds
        var loader = CorpusLoader()
        loader.isCancelled = isCancelled
        loader.documentRegistry = documentRegistry
        if let progress { loader.progress = { progress(.reading($0)) } }
        var result = loader.load(paths: paths)
        let t1 = DispatchTime.now().uptimeNanoseconds
        if result.cancelled { result.reports = [] }
        var options = IndexBuildOptions()
        if let progress { options.progress = { progress(.indexing(bytesDone: $0, bytesTotal: $1)) } }
        let registry = (result.registry ?? .empty).including(providersOf: result.reports)
        var use = CorpusSnapshot.Use.off, warning: LoadDiagnostic?
        let search: SearchCorpus
        if let snapshotDirectory, !result.cancelled {
            let made = CorpusSnapshot.index(reports: result.reports, sources: result.sources, paths: paths,
                                            directory: snapshotDirectory, options: options)
            search = SearchCorpus(reports: result.reports, registry: registry, index: made.index)
            use = made.use; warning = made.warning
        } else {
            search = SearchCorpus(reports: result.reports, registry: registry, options: options)
        }
        // The indexed reports read their text from the compressed store: keeping the loader's copies would
        // keep every String alive.
        result.reports = search.reports
        FreePages.release()
        let t2 = DispatchTime.now().uptimeNanoseconds
        var loaded = LoadedCorpus(paths: paths, result: result, search: search,
                                  loadMilliseconds: Double(t1 - t0) / 1e6, indexMilliseconds: Double(t2 - t1) / 1e6)
        loaded.snapshot = use
        loaded.snapshotWarning = warning
        return loaded
    }

    /// "119 write-ups (21 CRC, 16 NPS, ...) · 3,412 findings" and the skipped/warnings counts.
    public var summary: String {
        var byType: [ProviderType: Int] = [:]
        for r in reports { byType[r.type, default: 0] += 1 }
        let parts = ProviderType.allCases.compactMap { t in byType[t].map { "\($0) \(t.rawValue)" } }
        let notes = search.kinds.noteCount, findings = search.kinds.segmentCount - notes
        var s = "loaded \(reports.count) write-up\(reports.count == 1 ? "" : "s")"
        if !parts.isEmpty { s += " (" + parts.joined(separator: ", ") + ")" }
        s += " · " + formatGrouped(findings) + " finding" + (findings == 1 ? "" : "s")
        if notes > 0 { s += ", " + formatGrouped(notes) + " note" + (notes == 1 ? "" : "s") }
        // Files about an inspection another file already gives are shown with it, not as inspections of their own.
        let joined = reports.reduce(0) { $0 + $1.parts.count }
        if joined > 0 { s += " · \(joined) more file\(joined == 1 ? "" : "s") shown with the inspection\(joined == 1 ? " it reports" : "s they report")" }
        let skipped = result.skipped, warnings = result.warnings
        if skipped > 0 || warnings > 0 {
            s += " · \(skipped) skipped, \(warnings) warning\(warnings == 1 ? "" : "s") (check lists them)"
        }
        return s
    }
}
