// ProvenanceStamp: how a result was made, attached where it is written — the one place exports get provenance.
import Foundation
import QueryLanguage
import Rendering
import Workspace

/// Built when a result is written; says what command, query, scope, sets and tags made it, from which corpus,
/// with which probe, and when. JSON gets an object around the data, Markdown a caption, text closing lines;
/// CSV and TSV stay loadable by spreadsheets and pandas, so their provenance goes to `FILE.meta.json`.
struct ProvenanceStamp {
    let session: Session
    let invocation: Invocation
    /// The line as written, when `$NAME` expansion changed it.
    let written: String?

    /// Shell and workspace commands (help, set, tags...) print no data worth a record.
    var applies: Bool { invocation.spec.group != .shell && invocation.spec.group != .workspace }

    var provenance: Provenance {
        let workspace = session.workspace
        let query = invocation.query.flatMap { try? QueryParser.parse($0) }
        let used = (query.map(Scope.fields(in:)) ?? []) + (workspace.scope.map { Scope.fields(in: $0.node) } ?? [])
        func names(_ field: String) -> [String] {
            var out: [String] = []
            for f in used where f.name == field {
                if case .text(let t) = f.value, !out.contains(t.lowercased()) { out.append(t.lowercased()) }
            }
            return out
        }
        let named = (try? session.search)?.context.named ?? [:]
        let sets = names("set").map { n in
            Provenance.Named(name: n, findings: named["set"]?[n]?.count ?? 0,
                             madeBy: n == "_" ? workspace.lastFindings?.command : workspace.sets[n]?.madeBy)
        }
        var tagNames = names("tag")
        if invocation.option("by")?.lowercased() == "tag" { tagNames += (named["tag"] ?? [:]).keys.sorted().filter { !tagNames.contains($0) } }
        let tags = tagNames.map { Provenance.Named(name: $0, findings: named["tag"]?[$0]?.count ?? 0) }
        let command = invocation.line
        var provenance = Provenance(command: command, written: written,
                          query: invocation.query, scope: workspace.scope?.text, sets: sets, tags: tags,
                          corpus: workspace.corpusStamp(files: session.corpus.result.files), version: ProbeVersion.number,
                          time: workspace.now(), format: invocation.effectiveFormat.rawValue)
        // The views that honour `set smallgroups hide` leave those rows out of their data too: the record says so.
        if session.settings.smallGroups == .hide, ["count", "chart", "track"].contains(invocation.spec.name) {
            provenance.hidden = "groups of fewer than \(CountChart.smallGroup) write-ups (set smallgroups hide)"
        }
        return provenance
    }

    /// The text with its provenance: around JSON, under Markdown and text; CSV and TSV unchanged.
    func attach(to text: String, format: OutputFormat, toFile: Bool) -> String {
        guard applies else { return text }
        switch format {
        case .csv, .tsv:
            return text
        case .json:
            let data = text.trimmingTrailingNewlines().split(separator: "\n", omittingEmptySubsequences: false)
                .map { "  " + $0 }.joined(separator: "\n")
            return "{\n  \"provenance\": " + provenance.json(indent: 2) + ",\n  \"data\": " + String(data.dropFirst(2)) + "\n}\n"
        case .markdown:
            return text + "\n" + provenance.caption + "\n"
        case .table:
            let width = session.renderContext().width
            return text + "\n" + TextWrap.lines(provenance.summary.joined(separator: " · "), width: width).joined(separator: "\n") + "\n"
        }
    }

    /// For CSV and TSV written to a file: `FILE.meta.json`, a list of how each write made the file (`>` starts
    /// the list again, `>>` adds to it).
    func writeBeside(_ path: String, format: OutputFormat, append: Bool) throws {
        guard applies, format == .csv || format == .tsv else { return }
        let meta = path + ".meta.json"
        let entry = "    " + provenance.json(indent: 4)
        let end = "\n  ]\n}\n"
        var text = "{\n  \"file\": " + JSONWriter.string((path as NSString).lastPathComponent) + ",\n  \"provenance\": [\n" + entry + end
        if append, let old = FileManager.default.contents(atPath: meta).map({ String(decoding: $0, as: UTF8.self) }), old.hasSuffix(end) {
            text = String(old.dropLast(end.count)) + ",\n" + entry + end
        }
        try session.writeFile(meta, text, false)
    }
}
