// Tests for the signal flags, the SIGPIPE helper and the output sinks' EPIPE handling.
import XCTest
@testable import Shell
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

final class SignalsAndSinkTests: XCTestCase {
    override func tearDown() { Signals.resetForTesting() }

    func testInterruptIsTakenOnce() {
        Signals.install()
        let check = Signals.cancellation
        XCTAssertFalse(check())
        raise(SIGINT)
        XCTAssertTrue(Signals.interrupted)
        XCTAssertTrue(check())
        XCTAssertTrue(Signals.takeInterrupt())
        XCTAssertFalse(Signals.takeInterrupt())
        XCTAssertFalse(check())
    }

    func testTerminationSignalsSetTheTerminateFlag() {
        Signals.install()
        raise(SIGTERM)
        XCTAssertTrue(Signals.terminateRequested)
        XCTAssertTrue(CancellationCheck()())
        XCTAssertEqual(Signals.terminationStatus, 143)
        Signals.resetForTesting()
        raise(SIGHUP)
        XCTAssertTrue(Signals.terminateRequested)
        XCTAssertEqual(Signals.terminationStatus, 129)
        XCTAssertFalse(Signals.interrupted)
    }

    func testClosedPipeReportsClosedInsteadOfKillingTheProcess() throws {
        var ends: [Int32] = [-1, -1]
        XCTAssertEqual(pipe(&ends), 0)
        close(ends[0])
        let stream = try XCTUnwrap(fdopen(ends[1], "w"))
        defer { fclose(stream) }
        let sink = StandardStreamSink(stream: stream)
        let status = Signals.withSIGPIPEIgnored { () -> SinkStatus in
            sink.write(String(repeating: "x", count: 100_000))
            return sink.flush()
        }
        XCTAssertEqual(status, .closed)
        XCTAssertEqual(sink.write("more"), .closed, "a closed sink stays closed")
    }

    func testBufferSink() {
        let sink = BufferSink()
        sink.write("a")
        sink.write("b\n")
        XCTAssertEqual(sink.text, "ab\n")
        sink.reset()
        XCTAssertEqual(sink.text, "")
    }
}
