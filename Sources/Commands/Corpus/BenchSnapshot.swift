// BenchSnapshot: what saving the benchmark's index to a snapshot file and mapping it back costs.
import Foundation
import PhraseIndex
import Rendering

enum BenchSnapshot {
    /// Writes `index` to a temporary snapshot, maps it back (every checksum and offset checked), and counts
    /// the documents of one phrase on the mapped index, whose postings are then first read from the file.
    static func rows(_ index: InvertedIndex) throws -> [[Cell]] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("probe-bench-\(getpid()).snapshot").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let texts = (0..<index.documentCount).map(index.text(ofDocument:))
        let seconds = { (from: UInt64) in Double(DispatchTime.now().uptimeNanoseconds - from) / 1e9 }
        do {
            let t0 = DispatchTime.now().uptimeNanoseconds
            try IndexSnapshot.write(index, to: path, key: 0)
            let written = seconds(t0)
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            let t1 = DispatchTime.now().uptimeNanoseconds
            let mapped = try IndexSnapshot.read(path, key: 0, texts: texts)
            let opened = seconds(t1)
            let t2 = DispatchTime.now().uptimeNanoseconds
            var documents = 0
            let terms = ["risk", "of", "harm"].compactMap(mapped.termID)
            if terms.count == 3 {
                var matcher = PhraseMatcher(index: mapped, terms: terms)
                while matcher.next() != nil { if matcher.containsMatch() { documents += 1 } }
            }
            let queried = seconds(t2)
            return [[.text("snapshot MiB"), .double(Double(size) / 1_048_576, digits: 1)],
                    [.text("snapshot write s"), .double(written, digits: 3)],
                    [.text("snapshot map + check s"), .double(opened, digits: 3)],
                    [.text("snapshot risk of harm docs"), .int(documents)],
                    [.text("snapshot first query ms"), .double(queried * 1000, digits: 3)]]
        } catch {
            throw CommandError("snapshot: \(error)", hint: error.hint)
        }
    }
}
