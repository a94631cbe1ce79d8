// ProcessMemory: this process's resident and peak memory, read from /proc (Linux), for bench.
import Foundation

/// Resident and peak memory of this process, from /proc (Linux); zeros elsewhere.
enum ProcessMemory {
    static func read() -> (resident: Int, peak: Int) {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return (0, 0) }
        func kib(_ key: String) -> Int {
            guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(key) }) else { return 0 }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            return (fields.dropFirst().lazy.compactMap { Int($0) }.first ?? 0) * 1024
        }
        return (kib("VmRSS:"), kib("VmHWM:"))
    }
}
