// PDFReader: a PDF's text through poppler's pdftotext (layout kept), with pdfinfo to explain a failure.
import Foundation

/// Reads PDFs by running poppler's command-line tools (Debian `poppler-utils`) with a time limit.
public struct PDFReader: Sendable {
    public var pdftotext: String
    public var pdfinfo: String
    /// Seconds each tool may run before it is killed.
    public var timeLimit: Double
    /// Most bytes of text accepted from one PDF.
    public var maxOutput: Int
    /// Polled while a tool runs; once true the tool is stopped and the PDF is not read.
    public var isCancelled: @Sendable () -> Bool = { false }

    public init(pdftotext: String = "pdftotext", pdfinfo: String = "pdfinfo", timeLimit: Double = 60,
                maxOutput: Int = 64 << 20) {
        self.pdftotext = pdftotext; self.pdfinfo = pdfinfo; self.timeLimit = timeLimit; self.maxOutput = maxOutput
    }

    public func read(path: String, bytes: [UInt8]) -> Result<Document, DocumentError> {
        guard FileSniffer.kind(of: bytes) == .pdf else {
            return .failure(.notADocument(expected: .pdf, found: FileSniffer.describe(bytes)))
        }
        // Every complete PDF ends with %%EOF (an updated one, after each update); a cut-off download does not.
        if !Self.endsWithEOFMarker(bytes) { return .failure(.truncated) }

        let output: ToolOutput
        switch ToolRunner.run(pdftotext, ["-layout", "-enc", "UTF-8", path, "-"], timeLimit: timeLimit, maxOutput: maxOutput,
                                  isCancelled: isCancelled) {
        case .success(let o): output = o
        case .failure(let f): return .failure(error(f, tool: pdftotext))
        }
        let info = pdfInfo(path)
        if case .failure(let e) = info { return .failure(e) }
        if output.status != 0 {
            return .failure(explain(output))
        }
        let text = String(decoding: output.stdout, as: UTF8.self)
        let (blocks, pages) = PDFLayout.blocks(fromLayoutText: text)
        let pageCount = (try? info.get().pages) ?? pages
        if !text.contains(where: { !$0.isWhitespace }) { return .failure(.noTextLayer(pages: pageCount)) }
        return .success(Document(format: .pdf, blocks: blocks, pageCount: pageCount, declaredTitle: try? info.get().title))
    }

    /// pdfinfo's page count and title; an encrypted or unreadable file is an error.
    private func pdfInfo(_ path: String) -> Result<(pages: Int?, title: String?), DocumentError> {
        switch ToolRunner.run(pdfinfo, ["-enc", "UTF-8", path], timeLimit: timeLimit, maxOutput: 1 << 20, isCancelled: isCancelled) {
        case .failure(let f): return .failure(error(f, tool: pdfinfo))
        case .success(let o):
            if o.status != 0 { return .failure(explain(o)) }
            var pages: Int?, title: String?
            for line in String(decoding: o.stdout, as: UTF8.self).split(separator: "\n") {
                let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2 else { continue }
                if parts[0] == "Pages" { pages = Int(parts[1]) }
                if parts[0] == "Title", !parts[1].isEmpty { title = parts[1] }
            }
            return .success((pages, title))
        }
    }

    private func explain(_ o: ToolOutput) -> DocumentError {
        let detail = o.firstErrorLine ?? "the tool exited with status \(o.status)"
        let lower = String(decoding: o.stderr, as: UTF8.self).lowercased()
        if lower.contains("incorrect password") || lower.contains("copying of text from this document is not allowed") {
            return .encrypted
        }
        return .damaged(detail: detail)
    }

    private func error(_ f: ToolFailure, tool: String) -> DocumentError {
        let name = tool.split(separator: "/").last.map(String.init) ?? tool
        switch f {
        case .notFound: return .toolMissing(tool: name, package: "poppler-utils")
        case .timedOut: return .timedOut(tool: name, seconds: timeLimit)
        case .outputTooLarge: return .outputTooLarge(limit: maxOutput)
        case .spawnFailed(let code): return .cannotRun(tool: name, detail: String(cString: strerror(code)))
        case .cancelled: return .cancelled
        }
    }
}

extension PDFReader {
    /// True when "%%EOF" occurs in the last 2 KiB (trailing blank lines or junk after it are common).
    static func endsWithEOFMarker(_ bytes: [UInt8]) -> Bool {
        let marker = Array("%%EOF".utf8)
        let lo = max(0, bytes.count - 2048)
        var i = bytes.count - marker.count
        while i >= lo {
            if bytes[i] == marker[0], Array(bytes[i..<(i + marker.count)]) == marker { return true }
            i -= 1
        }
        return false
    }
}
