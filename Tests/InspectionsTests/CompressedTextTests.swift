// CompressedTextTests: stored text reads back byte for byte across block boundaries, and damage is an error.
import Foundation
import XCTest
@testable import Inspections

final class CompressedTextTests: XCTestCase {
    /// Every document, and every range of it, read back equals the original, whatever the block size.
    func check(_ texts: [String], blockSize: Int, cachedBlocks: Int = 4, file: StaticString = #filePath, line: UInt = #line) throws {
        let store = CompressedText(texts: texts, blockSize: blockSize, cachedBlocks: cachedBlocks)
        XCTAssertEqual(store.documentCount, texts.count, file: file, line: line)
        XCTAssertEqual(store.textBytes, texts.reduce(0) { $0 + $1.utf8.count }, file: file, line: line)
        for (d, text) in texts.enumerated() {
            XCTAssertEqual(try store.text(ofDocument: d), text, "document \(d)", file: file, line: line)
            let bytes = Array(text.utf8)
            for lo in stride(from: 0, through: bytes.count, by: max(1, bytes.count / 7)) {
                for hi in stride(from: lo, through: bytes.count, by: max(1, bytes.count / 5)) {
                    let got = try store.withBytes(ofDocument: d, lo..<hi) { Array($0) }
                    XCTAssertEqual(got, Array(bytes[lo..<hi]), "document \(d) bytes \(lo)..<\(hi)", file: file, line: line)
                }
            }
        }
    }

    func testADocumentStraddlingBlocksReadsWhole() throws {
        let long = String(repeating: "risk of serious harm; ", count: 40)   // 880 bytes over 14 blocks of 64
        try check(["short one", long, "after"], blockSize: 64)
        let store = CompressedText(texts: ["short one", long, "after"], blockSize: 64)
        XCTAssertEqual(store.blockCount, (9 + long.utf8.count + 5 + 63) / 64)
    }

    func testEmptyDocumentsAnywhere() throws {
        try check(["", "a", "", "", "bc", ""], blockSize: 2)
        try check([""], blockSize: 64)
        try check([], blockSize: 64)
        let store = CompressedText(texts: ["", "x"], blockSize: 8)
        XCTAssertEqual(try store.text(ofDocument: 0), "")
        XCTAssertEqual(try store.text(ofDocument: 1, bytes: 1..<1), "")
    }

    func testMultiByteCharacterCutByABlockBoundaryReadsBackWhole() throws {
        // "café" is 5 bytes: é's two bytes fall either side of the 4-byte boundary; the ’ (3 bytes) and
        // the emoji (4 bytes) straddle later boundaries.
        let texts = ["café ’s provider’s 👍🏽 end", "naïve"]
        XCTAssertEqual(Array("café".utf8).count, 5)
        try check(texts, blockSize: 4)
        try check(texts, blockSize: 3)
        let store = CompressedText(texts: texts, blockSize: 4)
        XCTAssertEqual(try store.text(ofDocument: 0, bytes: 0..<5), "café")
        XCTAssertEqual(try store.text(ofDocument: 1, bytes: 2..<4), "ï")
    }

    func testRandomTextsEveryBlockSizeAndACacheOfOne() throws {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 { seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17; return seed }
        let words = ["risk", "of", "harm", "café", "provider’s", "\n", "- ", "naïve", "🙂", ""]
        let texts = (0..<60).map { _ in (0..<Int(next() % 80)).map { _ in words[Int(next() % UInt64(words.count))] }.joined(separator: " ") }
        for size in [3, 64, 1000, 1 << 16] { try check(texts, blockSize: size, cachedBlocks: 1) }
    }

    func testConcurrentReadersSeeTheSameBytes() throws {
        let texts = (0..<200).map { d in (0..<(d % 40)).map { "word\($0 * d) café" }.joined(separator: " ") }
        let store = CompressedText(texts: texts, blockSize: 256, cachedBlocks: 3)
        let failures = Locked(0)
        DispatchQueue.concurrentPerform(iterations: 8) { w in
            for k in 0..<400 {
                let d = (k * 7 + w * 13) % texts.count
                if (try? store.text(ofDocument: d)) != texts[d] { failures.withLock { $0 += 1 } }
            }
        }
        XCTAssertEqual(failures.withLock { $0 }, 0)
    }

    func testOutOfRangeIsAnError() {
        let store = CompressedText(texts: ["abc"], blockSize: 2)
        XCTAssertThrowsError(try store.text(ofDocument: 1)) { XCTAssertEqual($0 as? CompressedTextError, .outOfRange(document: 1, range: 0..<0)) }
        XCTAssertThrowsError(try store.text(ofDocument: 0, bytes: 2..<4)) {
            XCTAssertEqual($0 as? CompressedTextError, .outOfRange(document: 0, range: 2..<4))
            XCTAssertEqual("\($0)", "no bytes 2..<4 in stored document 0; hint: the offset is not from this corpus")
        }
    }

    func testADamagedBlockIsATypedErrorNotACrash() throws {
        let texts = [String(repeating: "case managers ", count: 30), "other text"]
        let good = CompressedText(texts: texts, blockSize: 128)
        // Block 1's frame with its magic number damaged.
        var frames = good.frames
        frames[1][0] ^= 0xFF
        let badMagic = CompressedText(documentStart: good.documentStart, frames: frames, blockSize: 128)
        XCTAssertThrowsError(try badMagic.text(ofDocument: 0)) { error in
            guard case .corruptBlock(let index, let reason)? = error as? CompressedTextError else { return XCTFail("\(error)") }
            XCTAssertEqual(index, 1)
            XCTAssertEqual("\(error)", "stored text block 1 is damaged (\(reason)); hint: load the folder again")
        }
        // Block 0 is untouched and still reads.
        XCTAssertEqual(try badMagic.text(ofDocument: 0, bytes: 0..<14), "case managers ")
        // A frame cut short.
        var cut = good.frames
        cut[1].removeLast(3)
        let truncated = CompressedText(documentStart: good.documentStart, frames: cut, blockSize: 128)
        XCTAssertThrowsError(try truncated.text(ofDocument: 0, bytes: 130..<140)) {
            guard case .corruptBlock(1, _)? = $0 as? CompressedTextError else { return XCTFail("\($0)") }
        }
        // A valid frame of the wrong length (the last, short block's frame where block 1's should be).
        var swapped = good.frames
        swapped[1] = good.frames[good.blockCount - 1]
        let wrongLength = CompressedText(documentStart: good.documentStart, frames: swapped, blockSize: 128)
        XCTAssertThrowsError(try wrongLength.text(ofDocument: 0)) {
            guard case .corruptBlock(1, let reason)? = $0 as? CompressedTextError else { return XCTFail("\($0)") }
            XCTAssertTrue(reason.hasSuffix("where 128 were stored"), reason)
        }
    }

    func testReportsSliceFindingsFromTheStore() {
        let text = "# T\n\n## Case supervision\n- Café staff knew the risk.\n"
        let start = text.utf8.count - 27
        let finding = Finding(reportID: "r", section: "Case supervision", sectionSlug: "case-supervision", ordinal: 1,
                              kind: .bullet, range: start..<(text.utf8.count - 1), line: 4)
        var report = InspectionReport(id: "r", provider: Provider(id: "p", name: "P", shortName: "P", type: .crc),
                                      type: .crc, framework: .crc2018, findings: [finding], text: text)
        let plain = report.text(of: finding)
        XCTAssertFalse(report.isTextStored)
        report.storeText(in: CompressedText(texts: ["other", text], blockSize: 16), document: 1)
        XCTAssertTrue(report.isTextStored)
        XCTAssertEqual(report.text(of: finding), plain)
        XCTAssertEqual(String(plain), "Café staff knew the risk.")
        XCTAssertEqual(report.text, text)
    }
}
