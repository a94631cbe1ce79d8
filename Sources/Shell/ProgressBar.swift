// ProgressBar: "reading 12,345/124,774 files · 101 MB · 250 MB/s" while a big corpus loads, on a terminal only.
import Commands
import Foundation
import Inspections
import Rendering
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Draws load progress on stderr, at most ten times a second, from any thread. Small corpora finish before
/// the first frame is due (0.2 s), so the bundled one never shows a bar.
public final class ProgressBar: Sendable {
    private let width: Int
    private let ascii: Bool
    /// When this load started (0 between loads), when the bar was last drawn, and whether it is on the screen now.
    private let state = Locked((started: DispatchTime.now().uptimeNanoseconds, lastDraw: UInt64(0), drawn: false))

    public init(width: Int, ascii: Bool) { self.width = max(20, width); self.ascii = ascii }

    /// Only where stderr is a terminal: a bar in a log file or a pipe is noise.
    public static func forTerminal(width: Int, ascii: Bool) -> ProgressBar? {
        Terminal.isTerminal(2) ? ProgressBar(width: width, ascii: ascii) : nil
    }

    /// Draws the load's progress; `.done` clears the bar, and the next load starts its own grace period.
    public func update(_ progress: LoadedCorpus.Progress) {
        if case .done = progress {
            finish()
            state.withLock { $0.started = 0 }
            return
        }
        let now = DispatchTime.now().uptimeNanoseconds
        state.withLock { state in
            if state.started == 0 { state.started = now }
            guard now - state.started > 200_000_000, now - state.lastDraw > 100_000_000 else { return }
            state.lastDraw = now
            draw(progress, seconds: Double(now - state.started) / 1e9)
            state.drawn = true
        }
    }

    private func draw(_ progress: LoadedCorpus.Progress, seconds: Double) {
        let text: String, fraction: Double
        switch progress {
        case .reading(let p):
            let mb = Double(p.bytesDone) / 1e6
            // PDFs and web pages not in the cache are extracted one by one, slowly: count them apart.
            let extracting = p.documentsExtracted > 0 ? " · extracted " + formatGrouped(p.documentsExtracted) + " PDF/web" : ""
            text = "reading " + formatGrouped(p.filesDone) + "/" + formatGrouped(p.filesTotal) + " files" + extracting + " · "
                + formatFixed(mb, digits: 0) + " MB · " + formatFixed(mb / max(seconds, 0.001), digits: 0) + " MB/s"
            fraction = p.bytesTotal > 0 ? Double(p.bytesDone) / Double(p.bytesTotal) : Double(p.filesDone) / Double(max(1, p.filesTotal))
        case .indexing(let done, let total):
            fraction = total > 0 ? Double(done) / Double(total) : 0
            text = "indexing " + formatFixed(fraction * 100, digits: 0) + "%"
        case .done:
            return
        }
        // Room is left at the end of the line for the "^C" the terminal echoes if the user interrupts.
        let room = width - DisplayWidth.of(text) - 7
        let bar = room >= 10 ? " [" + DisplayWidth.pad(Bars.bar(fraction, maximum: 1, width: room, charset: ascii ? .ascii : .unicode), to: room) + "]" : ""
        write("\r" + DisplayWidth.truncate(text + bar, to: width - 4) + "\u{1B}[K")
    }

    /// Clears the bar's line, leaving the cursor at its start.
    public func finish() {
        state.withLock { state in
            if state.drawn { write("\r\u{1B}[K") }
            state.drawn = false
        }
    }

    private func write(_ s: String) {
        var s = s
        s.withUTF8 { buffer in _ = Glibc.write(2, buffer.baseAddress, buffer.count) }
    }
}
