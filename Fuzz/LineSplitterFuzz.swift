// LineSplitterFuzz: libFuzzer entry for the command-line splitter, `> file` redirection and script splitting.
@testable import Commands

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLineSplitter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let line = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let count = line.utf8.count
    for word in LineSplitter.split(line) {
        // Every word's range must lie inside the line: error carets are drawn from it.
        precondition(word.range.lowerBound >= 0 && word.range.upperBound <= count && !word.range.isEmpty)
        _ = LineSplitter.slice(line, word.range)
    }
    if let (command, target) = try? Redirection.split(line) {
        _ = LineSplitter.split(command)
        if let target { precondition(target.range.upperBound <= count) }
    }
    for command in ScriptRunner.commands(in: line) { precondition(command.line >= 1 && command.column >= 1) }
    return 0
}
