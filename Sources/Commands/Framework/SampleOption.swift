// SampleOption: `sample N [seed S]` on find and kwic — a reproducible random sample of the results.
import Rendering
import Workspace

/// The sample a command was asked for. The same seed draws the same items from the same corpus on any
/// machine: items are taken in corpus order (report id, then position) and chosen by SplitMix64.
struct SampleOption {
    var size: Int
    var seed: UInt64

    static let defaultSeed: UInt64 = 1

    static let options = [
        OptionSpec("sample", .integer, "a random sample of N of the results (seed 1 unless given): the same seed draws the same ones"),
        OptionSpec("seed", .integer, "the seed of sample N: any whole number; another seed draws another sample"),
    ]

    /// nil when the command was not asked for a sample.
    init?(_ inv: Invocation) throws {
        guard let n = try inv.intOption("sample", range: 1...1_000_000) else {
            if let w = inv.options["seed"] {
                throw CommandError.usage("seed goes with sample N", hint: "e.g. \(inv.spec.name) ... sample 20 seed \(w.text)", at: w.range)
            }
            return nil
        }
        size = n
        seed = UInt64(try inv.intOption("seed", range: 0...Int.max) ?? Int(SampleOption.defaultSeed))
    }

    /// The indices of `0..<count` kept, ascending.
    func draw(from count: Int) -> [Int] { Sample.draw(size, of: count, seed: seed) }

    /// "a sample of 20 of 312 findings (seed 7): sample 20 seed 7 draws the same again".
    func footer(kept: Int, of total: Int, noun: String) -> String {
        "a sample of \(formatGrouped(kept)) of " + SearchSupport.plural(total, noun) + " (seed \(seed)): sample \(size) seed \(seed) "
            + "draws the same again, another seed another sample"
    }
}
