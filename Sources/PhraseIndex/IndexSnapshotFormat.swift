// IndexSnapshotFormat: the layout of an index snapshot file, its checksum, and why a file is refused.

/// A snapshot file, all integers little-endian:
/// - header (64 bytes): magic `probeidx`, format version (UInt32), section count (UInt32), file length,
///   the source key the writer was given, term count, document count, total tokens, segment tokens (UInt64s);
/// - section table: per section its kind, element stride (UInt32s), offset, length and checksum (UInt64s);
/// - the checksum of the header and table (UInt64);
/// - the sections in `SnapshotSection` order, each at an offset that is a multiple of 64, so that a
///   mapping of the file can be read in place as the index's columns.
/// Nothing in the file is trusted before the header, every section's checksum and the structure pass.
enum IndexSnapshotFormat {
    static let magic: [UInt8] = Array("probeidx".utf8)
    /// Bumped whenever the layout of a section or its meaning changes: an older file is then refused.
    static let version: UInt32 = 1
    static let headerBytes = 64
    static let tableEntryBytes = 32
    static let alignment = 64

    static var tableEnd: Int { headerBytes + SnapshotSection.allCases.count * tableEntryBytes }
    /// Where the first section may start (after the header checksum, aligned).
    static var firstSection: Int { align(tableEnd + 8) }

    static func align(_ offset: Int) -> Int { (offset + alignment - 1) / alignment * alignment }
}

/// The sections of a snapshot, in file order; the raw value is the kind stored in the table.
enum SnapshotSection: UInt32, CaseIterable, Sendable {
    case docBytes = 1, posBytes, docStart, posStart, df, cf, skipStart, skips
    case termArena, termOffsets, termSlots
    case tokenCount, segmentStart, segmentDocument, segmentTokenStart, segmentTokenEnd
    case segmentByteStart, segmentByteEnd, segmentFirstTokenByte

    var stride: Int {
        switch self {
        case .docBytes, .posBytes, .termArena: 1
        case .docStart, .posStart, .termSlots: 8
        case .skips: MemoryLayout<SkipEntry>.stride
        default: 4
        }
    }

    var name: String {
        switch self {
        case .docBytes: "doc blocks"
        case .posBytes: "positions"
        case .docStart: "doc offsets"
        case .posStart: "position offsets"
        case .df: "document frequencies"
        case .cf: "collection frequencies"
        case .skipStart: "skip offsets"
        case .skips: "skips"
        case .termArena: "term bytes"
        case .termOffsets: "term offsets"
        case .termSlots: "term hash"
        case .tokenCount: "document lengths"
        case .segmentStart: "segment offsets"
        case .segmentDocument: "segment documents"
        case .segmentTokenStart: "segment token starts"
        case .segmentTokenEnd: "segment token ends"
        case .segmentByteStart: "segment byte starts"
        case .segmentByteEnd: "segment byte ends"
        case .segmentFirstTokenByte: "segment first tokens"
        }
    }
}

/// A 64-bit checksum of a byte range: four independent multiply-rotate lanes over 8-byte words (several
/// GB/s, so checking a whole snapshot at open costs a fraction of rebuilding it), then the tail and the
/// length. It detects truncation and flipped bits; it is not meant to resist a deliberate forgery.
enum SnapshotChecksum {
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        guard let base = bytes.baseAddress else { return mix(0x9E37_79B9_7F4A_7C15) }
        let n = bytes.count
        let prime: UInt64 = 0x9E37_79B1_85EB_CA87
        var a: UInt64 = 0x243F_6A88_85A3_08D3, b: UInt64 = 0x1319_8A2E_0370_7344
        var c: UInt64 = 0xA409_3822_299F_31D0, d: UInt64 = 0x082E_FA98_EC4E_6C89
        var i = 0
        while i &+ 32 <= n {
            a = lane(a, base.loadUnaligned(fromByteOffset: i, as: UInt64.self), prime)
            b = lane(b, base.loadUnaligned(fromByteOffset: i &+ 8, as: UInt64.self), prime)
            c = lane(c, base.loadUnaligned(fromByteOffset: i &+ 16, as: UInt64.self), prime)
            d = lane(d, base.loadUnaligned(fromByteOffset: i &+ 24, as: UInt64.self), prime)
            i &+= 32
        }
        var h = mix(a) ^ (mix(b) &* 3) ^ (mix(c) &* 5) ^ (mix(d) &* 7)
        while i < n {
            h = (h ^ UInt64(base.load(fromByteOffset: i, as: UInt8.self))) &* prime
            i &+= 1
        }
        return mix(h ^ UInt64(n))
    }

    @inline(__always)
    private static func lane(_ h: UInt64, _ word: UInt64, _ prime: UInt64) -> UInt64 {
        let x = (h ^ word) &* prime
        return (x << 31) | (x >> 33)
    }

    @inline(__always)
    private static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Why a snapshot was refused or could not be written; the file's path is the location.
public struct IndexSnapshotError: Error, Equatable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable {
        case unreadable(errno: Int32)
        case foreign
        case version(found: UInt32)
        case truncated(bytes: Int, expected: Int)
        case stale
        case corrupt(part: String)
        case malformed(String)
        case unwritable(errno: Int32)
    }

    public let path: String
    public let reason: Reason

    public var description: String {
        switch reason {
        case .unreadable(let e): "\(path): cannot be read (errno \(e))"
        case .foreign: "\(path): not a probe index snapshot"
        case .version(let v): "\(path): format version \(v), this probe reads version \(IndexSnapshotFormat.version)"
        case .truncated(let n, let want): "\(path): truncated (\(n) of \(want) bytes)"
        case .stale: "\(path): made from other files than the ones loaded"
        case .corrupt(let part): "\(path): checksum of the \(part) does not match"
        case .malformed(let what): "\(path): inconsistent \(what)"
        case .unwritable(let e): "\(path): cannot be written (errno \(e))"
        }
    }

    /// What the user can do about it.
    public var hint: String {
        switch reason {
        case .unwritable: "check the folder's permissions and free space; the index works without a snapshot"
        default: "the index is rebuilt from the files and the snapshot rewritten; nothing is read from this file"
        }
    }
}
