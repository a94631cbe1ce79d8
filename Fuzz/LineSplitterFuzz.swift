// LineSplitterFuzz: libFuzzer entry for the command-line splitter, `> file` redirection and script splitting.
@testable import Commands

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLineSplitter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let line = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let count = line.utf8.count
    var previousEnd = 0
    for word in LineSplitter.split(line) {
        // Every word's range lies inside the line, after the previous word: error carets are drawn from it.
        precondition(word.range.lowerBound >= previousEnd && word.range.upperBound <= count && !word.range.isEmpty,
                     "word \(word.range) after \(previousEnd) in \(count) bytes")
        previousEnd = word.range.upperBound
        _ = LineSplitter.slice(line, word.range)
    }
    if let (command, target) = try? Redirection.split(line) {
        precondition(command.utf8.count <= count, "the command is longer than the line")
        _ = LineSplitter.split(command)
        if let target { precondition(target.range.lowerBound >= 0 && target.range.upperBound <= count, "target \(target.range)") }
    }
    // Commands come in line order, each on a line that exists, starting at a column inside it.
    let lines = line.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    var previousLine = 0
    for command in ScriptRunner.commands(in: line) {
        precondition(command.line > previousLine && command.line <= lines.count, "line \(command.line) of \(lines.count)")
        precondition(command.column >= 1 && command.column <= lines[command.line - 1].count, "column \(command.column)")
        previousLine = command.line
    }
    return 0
}
