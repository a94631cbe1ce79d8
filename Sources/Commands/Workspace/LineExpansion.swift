// LineExpansion: a command line's `$NAME` references replaced before it runs, and `$_` made ready when named.
import QueryLanguage
import Workspace

enum LineExpansion {
    /// The line with its variables expanded; an unset one is a usage error pointing at it. A `foreach` line
    /// is left as it is: its body is expanded once per item, with the loop variable set.
    static func expand(_ line: String, session: Session) throws -> String {
        if LineSplitter.split(line).first?.text.lowercased() == ForeachCommand.spec.name { return line }
        let expanded: String
        do {
            expanded = try VariableExpansion.expand(line, session.workspace.variables)
        } catch {
            throw CommandError.usage(error.message, hint: error.hint, at: error.range)
        }
        if mentionsLastResult(expanded) {
            do { try session.workspace.freezeLast() } catch {
                throw CommandError("the last result could not be listed again: \(error.message)", hint: error.hint)
            }
        }
        return expanded
    }

    /// True when the line names `set:_` (what `$_` expands to). Working out the last result's findings costs a
    /// query, so only lines that name it pay; a mention inside quotes only makes it ready early.
    static func mentionsLastResult(_ line: String) -> Bool {
        let bytes = Array(line.lowercased().utf8), needle = Array("set:_".utf8)
        guard bytes.count >= needle.count else { return false }
        for i in 0...(bytes.count - needle.count) where Array(bytes[i..<(i + needle.count)]) == needle {
            let before = i == 0 ? UInt8(ascii: " ") : bytes[i - 1]
            let after = i + needle.count < bytes.count ? bytes[i + needle.count] : UInt8(ascii: " ")
            let isNameByte = { (c: UInt8) in (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c == 95 || c == 45 }
            if !isNameByte(before) && !isNameByte(after) { return true }
        }
        return false
    }
}
