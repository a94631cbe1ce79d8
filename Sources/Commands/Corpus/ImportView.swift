// ImportView: what `import` wrote, skipped and could not read, each with why, then totals and how to review.
import Rendering

struct ImportView: Renderable {
    let result: ImportResult
    /// The folder the write-ups went to, for the review hint; nil when beside each document.
    let folder: String?

    var counts: (written: Int, skipped: Int, failed: Int) {
        let o = result.outcomes
        return (o.filter { $0.status == .written || $0.status == .replaced }.count, o.filter { $0.status == .skipped }.count,
                o.filter { $0.status == .failed }.count)
    }

    func render(in context: RenderContext) -> String {
        guard context.format == .table else {
            return DataTable(columns: ["document", "write_up", "status", "detail", "hint"].map { Column($0) },
                             rows: result.outcomes.map { o in
                                 [.text(o.source), o.target.map { .text($0) } ?? .null, .text(o.status.rawValue), .text(o.detail),
                                  o.hint.map { .text($0) } ?? .null]
                             }, nullText: "").render(in: context)
        }
        let ascii = context.charset == .ascii
        func wrapped(_ text: String, hint: String?) -> String {
            var lines = TextWrap.lines(TerminalSafe.escape(text), width: context.width, ascii: ascii, keepLongWords: true)
            for (i, line) in lines.enumerated() where i > 0 { lines[i] = "  " + line }
            if let hint {
                lines += TextWrap.lines("hint: " + TerminalSafe.escape(hint), width: context.width - 2, ascii: ascii, keepLongWords: true)
                    .map { "  " + $0 }
            }
            return lines.joined(separator: "\n") + "\n"
        }
        var out = ""
        for o in result.outcomes {
            switch o.status {
            case .written, .replaced:
                out += wrapped((o.status == .written ? "wrote " : "replaced ") + (o.target ?? "") + " from " + o.source + ": " + o.detail, hint: nil)
            case .skipped:
                out += wrapped("skipped " + o.source + ": " + o.detail, hint: o.hint)
            case .failed:
                out += wrapped("could not import " + o.source + ": " + o.detail, hint: o.hint)
            }
        }
        let (written, skipped, failed) = counts
        func n(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
        var totals = n(written, "write-up") + " written, \(skipped) skipped, " + n(failed, "document") + " not read"
        if result.writeUpsLeft > 0 {
            totals += "; " + n(result.writeUpsLeft, "write-up") + " already in the folders left as they are"
        }
        out += wrapped(totals, hint: nil)
        if written > 0 {
            let check = folder.map { "check \($0)" } ?? "check on the folder"
            out += wrapped("review each write-up: check its inferred: entries against the document, correct the front matter, "
                           + "delete the entries confirmed, then \(check)", hint: nil)
        }
        return out
    }
}
